using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Vault;

namespace Vigil.Persistence.DataProtection;

/// <summary>The counterpart of <see cref="MasterKeyXmlEncryptor"/>; Data Protection creates it by type with the service provider.</summary>
internal sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        return MasterKeyXmlEncryptor.Decrypt(services.GetRequiredService<VaultKeyRing>(), encryptedElement);
    }
}
