using System.Globalization;
using System.Text;

namespace Vigil.Core.Tests.HashLists.Formats;

/// <summary>A forward-only stream that generates CSV rows as it is read, so no test holds the whole file.</summary>
internal sealed class GeneratedCsvStream(int rows) : Stream
{
    private byte[] _pending = Encoding.UTF8.GetBytes("kind,value\n");
    private int _offset;
    private int _row;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_offset == _pending.Length)
        {
            if (_row == rows)
            {
                return 0;
            }

            _pending = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"md5,{_row++:x32}\n"));
            _offset = 0;
        }

        var n = Math.Min(count, _pending.Length - _offset);
        Array.Copy(_pending, _offset, buffer, offset, n);
        _offset += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
