using Vigil.Provenance.Cbor;

namespace Vigil.Provenance.Tests;

public sealed class CborDecoderTests
{
    [Fact]
    public void Decode_MapWithTextBytesAndNegative_ReturnsTypedValues()
    {
        // {"a": h'0102', "b": -10, 1: [true, null]}
        byte[] cbor = [0xA3, 0x61, 0x61, 0x42, 0x01, 0x02, 0x61, 0x62, 0x29, 0x01, 0x82, 0xF5, 0xF6];

        var map = Assert.IsType<CborMap>(CborDecoder.Decode(cbor));

        Assert.Equal([1, 2], map.GetBytes("a"));
        Assert.Equal(-10L, map.GetInteger("b"));
        Assert.True(map.TryGet(1, out var list));
        Assert.Equal([true, null], Assert.IsType<List<object?>>(list));
    }

    [Fact]
    public void Decode_IndefiniteLengthStringAndArray_AreJoined()
    {
        // [_ "ab" "c"]-style: indefinite text of two chunks inside an indefinite array, then break.
        byte[] cbor = [0x9F, 0x7F, 0x62, 0x61, 0x62, 0x61, 0x63, 0xFF, 0xFF];

        var list = Assert.IsType<List<object?>>(CborDecoder.Decode(cbor));

        Assert.Equal("abc", Assert.Single(list));
    }

    [Fact]
    public void Decode_Tag18_KeepsTheTag()
    {
        byte[] cbor = [0xD2, 0x80];

        var tagged = Assert.IsType<CborTagged>(CborDecoder.Decode(cbor));

        Assert.Equal(18UL, tagged.Tag);
    }

    [Theory]
    [InlineData(new byte[] { 0x5A, 0xFF, 0xFF, 0xFF, 0xF0, 0x00 })] // byte string of 4 GiB in a 6-byte buffer
    [InlineData(new byte[] { 0x9B, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00 })] // array of 2^44 items
    [InlineData(new byte[] { 0x82, 0x01 })] // array of two with one item
    [InlineData(new byte[] { 0x01, 0x02 })] // trailing bytes
    [InlineData(new byte[] { 0xFF })] // lone break
    [InlineData(new byte[] { 0x1C })] // reserved additional information
    [InlineData(new byte[] { 0x62, 0xC3, 0x28 })] // text that is not UTF-8
    [InlineData(new byte[] { 0x1B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })] // integer beyond 63 bits
    public void Decode_Malformed_ThrowsCborFormatException(byte[] cbor)
    {
        Assert.Throws<CborFormatException>(() => CborDecoder.Decode(cbor));
    }

    [Fact]
    public void Decode_NestingPastTheCap_Throws()
    {
        var cbor = Enumerable.Repeat((byte)0x81, 100).Append((byte)0x00).ToArray();

        Assert.Throws<CborFormatException>(() => CborDecoder.Decode(cbor));
    }
}
