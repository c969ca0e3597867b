using System.Diagnostics.CodeAnalysis;
using Vigil.Core.Hashing;
using Vigil.Core.HashLists;
using Vigil.Hashing.Pdq;

namespace Vigil.Core.Matching;

/// <summary>The lookups the CLI and the API share: a hash given as hex, and a hashed file.</summary>
public static class HashLookup
{
    /// <summary>
    /// The kind of a hex hash: <paramref name="explicitKind"/> when given (pdq, md5, sha1, sha256, model-sha256,
    /// model-autov2, model-autov3, model-autov1), else by length: 32 MD5, 40 SHA-1, 64 PDQ (say sha256 for a file
    /// digest), 10 model AutoV2, 12 model AutoV3 (A1111's short form), 8 model AutoV1.
    /// </summary>
    public static bool TryResolveKind(string hex, string? explicitKind, out HashListEntryKind kind, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(hex);
        error = null;
        if (!string.IsNullOrWhiteSpace(explicitKind))
        {
            if (!HashValues.TryParseKind(explicitKind, out kind) || kind == HashListEntryKind.Vpdq)
            {
                error = $"Unknown hash kind '{explicitKind}'; use pdq, md5, sha1, sha256, model-sha256, model-autov2, model-autov3 or model-autov1.";
                return false;
            }
        }
        else
        {
            switch (hex.Trim().Length)
            {
                case 32: kind = HashListEntryKind.Md5; break;
                case 40: kind = HashListEntryKind.Sha1; break;
                case 64: kind = HashListEntryKind.Pdq; break;
                case 10: kind = HashListEntryKind.ModelAutoV2; break;
                case 12: kind = HashListEntryKind.ModelAutoV3; break;
                case 8: kind = HashListEntryKind.ModelAutoV1; break;
                default:
                    kind = default;
                    error = $"A hash is 32 (MD5), 40 (SHA-1), 64 (PDQ, or SHA-256 with the sha256 kind), 10 (model AutoV2), 12 (model AutoV3) or 8 (model AutoV1) hex characters, got {hex.Trim().Length}.";
                    return false;
            }
        }

        if (!HashValues.TryNormalize(kind, hex, out _, out var invalid))
        {
            error = $"Invalid hash: {invalid}.";
            return false;
        }

        return true;
    }

    /// <summary>Looks a validated hex hash of <paramref name="kind"/> up (PDQ within <paramref name="radius"/>).</summary>
    public static IReadOnlyList<HashMatch> Find(MatchIndexHost host, HashListEntryKind kind, string hex, int radius, MatchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(hex);
        hex = hex.Trim();
        return kind switch
        {
            HashListEntryKind.Pdq => host.FindPdq(PdqHash.Parse(hex), radius, filter),
            HashListEntryKind.Md5 or HashListEntryKind.Sha1 or HashListEntryKind.Sha256 => host.FindDigest(kind, Convert.FromHexString(hex), filter),
            HashListEntryKind.ModelSha256 or HashListEntryKind.ModelAutoV2 or HashListEntryKind.ModelAutoV3 or HashListEntryKind.ModelAutoV1 => host.FindModelHash(kind, hex, filter),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "vPDQ is matched from a video's frames."),
        };
    }

    /// <summary>
    /// Everything a hashed file matches: its SHA-256, MD5 and SHA-1 exactly, its PDQ within the radius (over the
    /// dihedral variants when the hasher computed them), a video's vPDQ frames per frame.
    /// </summary>
    public static IReadOnlyList<HashMatch> FindFile(MatchIndexHost host, FileHashResult file, int radius, MatchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(file);
        var found = new List<HashMatch>();
        if (file.Digests is { } d)
        {
            found.AddRange(host.FindDigest(HashListEntryKind.Sha256, Convert.FromHexString(d.Sha256), filter));
            found.AddRange(host.FindDigest(HashListEntryKind.Md5, Convert.FromHexString(d.Md5), filter));
            found.AddRange(host.FindDigest(HashListEntryKind.Sha1, Convert.FromHexString(d.Sha1), filter));
        }

        if (file.Dihedral is { } dihedral)
        {
            found.AddRange(host.FindPdqDihedral(dihedral.Hashes, radius, filter));
        }
        else if (file.Pdq is { } pdq)
        {
            found.AddRange(host.FindPdq(pdq.Hash, radius, filter));
        }

        if (file.Video is { } video)
        {
            found.AddRange(host.MatchVideo(video.Features, radius, filter));
        }

        return found;
    }
}
