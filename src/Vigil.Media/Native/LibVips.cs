using System.Runtime.InteropServices;

namespace Vigil.Media.Native;

/// <summary>
/// The few libvips (Debian libvips42) entry points Vigil needs. Variadic C functions are called with a single
/// NULL terminator and every option passed in the option string, which is how the System V x86-64 and
/// AArch64 ABIs let a fixed-arity call reach them safely.
/// </summary>
internal static partial class LibVips
{
    public const string Library = "libvips.so.42";
    private const string GLib = "libglib-2.0.so.0";
    private const string GObject = "libgobject-2.0.so.0";

    // VipsBandFormat.
    public const int FormatUChar = 0;
    public const int FormatChar = 1;
    public const int FormatUShort = 2;
    public const int FormatShort = 3;
    public const int FormatUInt = 4;
    public const int FormatInt = 5;
    public const int FormatFloat = 6;
    public const int FormatDouble = 8;

    // VipsInterpretation values used here.
    public const int InterpretationCmyk = 15;

    [LibraryImport(Library, EntryPoint = "vips_init", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Init(string argv0);

    [LibraryImport(Library, EntryPoint = "vips_version")]
    public static partial int Version(int flag);

    [LibraryImport(Library, EntryPoint = "vips_concurrency_set")]
    public static partial void ConcurrencySet(int concurrency);

    [LibraryImport(Library, EntryPoint = "vips_cache_set_max")]
    public static partial void CacheSetMax(int max);

    [LibraryImport(Library, EntryPoint = "vips_foreign_find_load_buffer")]
    public static partial nint FindLoadBuffer(nint data, nuint size);

    [LibraryImport(Library, EntryPoint = "vips_type_find", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nuint TypeFind(string basename, string nickname);

    [LibraryImport(Library, EntryPoint = "vips_image_new_from_buffer", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint ImageNewFromBuffer(nint buffer, nuint length, string optionString, nint terminator);

    [LibraryImport(Library, EntryPoint = "vips_image_get_width")]
    public static partial int ImageGetWidth(nint image);

    [LibraryImport(Library, EntryPoint = "vips_image_get_height")]
    public static partial int ImageGetHeight(nint image);

    [LibraryImport(Library, EntryPoint = "vips_image_get_bands")]
    public static partial int ImageGetBands(nint image);

    [LibraryImport(Library, EntryPoint = "vips_image_get_format")]
    public static partial int ImageGetFormat(nint image);

    [LibraryImport(Library, EntryPoint = "vips_image_get_interpretation")]
    public static partial int ImageGetInterpretation(nint image);

    [LibraryImport(Library, EntryPoint = "vips_image_get_n_pages")]
    public static partial int ImageGetNPages(nint image);

    [LibraryImport(Library, EntryPoint = "vips_image_set_kill")]
    public static partial void ImageSetKill(nint image, int kill);

    [LibraryImport(Library, EntryPoint = "vips_image_write_to_memory")]
    public static partial nint ImageWriteToMemory(nint image, out nuint size);

    // Preview rendering (src/Vigil.Media/Previews). Required arguments are fixed parameters (a double in a fixed
    // position is passed in a vector register as for any function); only the NULL terminator is variadic.
    [LibraryImport(Library, EntryPoint = "vips_image_new_from_memory")]
    public static partial nint ImageNewFromMemory(nint data, nuint size, int width, int height, int bands, int format);

    [LibraryImport(Library, EntryPoint = "vips_resize")]
    public static partial int Resize(nint input, out nint output, double scale, nint terminator);

    [LibraryImport(Library, EntryPoint = "vips_gaussblur")]
    public static partial int GaussBlur(nint input, out nint output, double sigma, nint terminator);

    [LibraryImport(Library, EntryPoint = "vips_extract_area")]
    public static partial int ExtractArea(nint input, out nint output, int left, int top, int width, int height, nint terminator);

    [LibraryImport(Library, EntryPoint = "vips_jpegsave_buffer")]
    public static partial int JpegSaveBuffer(nint input, out nint buffer, out nuint length, nint terminator);

    [LibraryImport(Library, EntryPoint = "vips_webpsave_buffer")]
    public static partial int WebpSaveBuffer(nint input, out nint buffer, out nuint length, nint terminator);

    [LibraryImport(Library, EntryPoint = "vips_error_buffer")]
    public static partial nint ErrorBuffer();

    [LibraryImport(Library, EntryPoint = "vips_error_clear")]
    public static partial void ErrorClear();

    [LibraryImport(GLib, EntryPoint = "g_setenv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport(GObject, EntryPoint = "g_object_unref")]
    public static partial void ObjectUnref(nint obj);

    [LibraryImport(GLib, EntryPoint = "g_free")]
    public static partial void Free(nint memory);

    /// <summary>Takes and clears libvips' (process-global) error text.</summary>
    public static string TakeError()
    {
        var text = Marshal.PtrToStringUTF8(ErrorBuffer()) ?? string.Empty;
        ErrorClear();
        return text.Trim();
    }
}
