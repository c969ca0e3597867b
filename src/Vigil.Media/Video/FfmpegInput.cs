namespace Vigil.Media.Video;

/// <summary>
/// The input options shared by ffprobe and ffmpeg. Only the file protocol is allowed (a playlist cannot reach the
/// network or other protocols), the path is given as <c>file:</c> so that a name such as <c>-x</c> or
/// <c>http:x</c> is never read as an option or a URL, and only the demuxers of ordinary video containers are
/// allowed (no playlists, concat lists, image sequences or device inputs).
/// </summary>
internal static class FfmpegInput
{
    /// <summary>Demuxers allowed: ISO BMFF (MP4, MOV, 3GP), Matroska/WebM, AVI, GIF, MPEG-TS/PS, FLV, ASF (WMV), Ogg and raw H.264/HEVC/MPEG-4.</summary>
    public const string FormatWhitelist = "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,gif,mpegts,mpeg,flv,asf,ogg,h264,hevc,m4v,mpegvideo";

    public static IEnumerable<string> Arguments(string path) =>
    [
        "-protocol_whitelist", "file",
        "-format_whitelist", FormatWhitelist,
        "-i", "file:" + path,
    ];
}
