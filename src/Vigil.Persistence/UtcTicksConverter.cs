using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Vigil.Persistence;

/// <summary>Stores a <see cref="DateTimeOffset"/> as its UTC ticks (100 ns since 0001-01-01 UTC) in a bigint.</summary>
internal sealed class UtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
