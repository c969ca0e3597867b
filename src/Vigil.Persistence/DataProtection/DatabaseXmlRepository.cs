using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Vigil.Persistence.DataProtection;

/// <summary>
/// Keeps the Data Protection key ring in <c>data_protection_keys</c>, so every node on one PostgreSQL database
/// signs and reads the same cookies and antiforgery tokens. Keys are encrypted at rest by
/// <see cref="MasterKeyXmlEncryptor"/> before they reach this repository.
/// </summary>
internal sealed class DatabaseXmlRepository(IDbContextFactory<VigilDbContext> contextFactory, TimeProvider time) : IXmlRepository
{
    // Data Protection calls the repository synchronously (IXmlRepository has no async surface).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var context = contextFactory.CreateDbContext();
        return [.. context.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var context = contextFactory.CreateDbContext();
        context.DataProtectionKeys.Add(new DataProtectionKey
        {
            FriendlyName = friendlyName is { Length: > DataProtectionKey.FriendlyNameMaxLength } ? friendlyName[..DataProtectionKey.FriendlyNameMaxLength] : friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
            CreatedAt = time.GetUtcNow(),
        });
        context.SaveChanges();
    }
}
