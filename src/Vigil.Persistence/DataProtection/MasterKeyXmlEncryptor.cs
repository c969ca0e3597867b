using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Vigil.Core.Vault;

namespace Vigil.Persistence.DataProtection;

/// <summary>
/// Encrypts Data Protection keys at rest with AES-256-GCM under a key derived (HKDF) from the vault master key, so
/// whoever reads the database alone cannot forge sign-in cookies. Every node shares the master key already (it
/// opens the shared vault), so every node can decrypt.
/// </summary>
internal sealed class MasterKeyXmlEncryptor(VaultKeyRing keyRing) : IXmlEncryptor
{
    internal const string ElementName = "vigilEncryptedKey";
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private static readonly byte[] Info = Encoding.ASCII.GetBytes("vigil data protection keys v1");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceLength + TagLength + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(DeriveKey(keyRing), TagLength);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceLength + TagLength), sealedBytes.AsSpan(NonceLength, TagLength));
        return new EncryptedXmlInfo(new XElement(ElementName, Convert.ToBase64String(sealedBytes)), typeof(MasterKeyXmlDecryptor));
    }

    internal static XElement Decrypt(VaultKeyRing keyRing, XElement encryptedElement)
    {
        var sealedBytes = Convert.FromBase64String(encryptedElement.Value);
        if (sealedBytes.Length < NonceLength + TagLength)
        {
            throw new CryptographicException("An encrypted Data Protection key is too short.");
        }

        var plain = new byte[sealedBytes.Length - NonceLength - TagLength];
        using var aes = new AesGcm(DeriveKey(keyRing), TagLength);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceLength), sealedBytes.AsSpan(NonceLength + TagLength), sealedBytes.AsSpan(NonceLength, TagLength), plain);
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }

    private static byte[] DeriveKey(VaultKeyRing keyRing) => HKDF.DeriveKey(HashAlgorithmName.SHA256, keyRing.MasterKey, 32, salt: [], info: Info);
}
