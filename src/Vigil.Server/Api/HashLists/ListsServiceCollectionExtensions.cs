using Vigil.Core.Hashing;
using Vigil.Media.Images;

namespace Vigil.Server.Api.HashLists;

internal static class ListsServiceCollectionExtensions
{
    /// <summary>List options (validated at start) and the hasher HMA content uploads use.</summary>
    public static IServiceCollection AddVigilLists(this IServiceCollection services, ListsOptions options)
    {
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton(sp => new FileHasher(new FileHasherOptions(), sp.GetRequiredService<IImageDecoder>()));
        return services;
    }
}
