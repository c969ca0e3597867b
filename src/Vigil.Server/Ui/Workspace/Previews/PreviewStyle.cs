using Vigil.Media.Previews;

namespace Vigil.Server.Ui.Workspace.Previews;

/// <summary>
/// A user's blur (0..40) and greyscale settings, mapped onto Vigil.Media's preview options: blur 24 is the media
/// default (sigma 5 % of the longer side); 0 switches blurring off.
/// </summary>
internal readonly record struct PreviewStyle(int Blur, bool Greyscale)
{
    private const double StrengthPerStep = PreviewOptions.DefaultBlurStrength / 24;

    public PreviewOptions Options => new()
    {
        Greyscale = Greyscale,
        Blur = Blur > 0,
        BlurStrength = Math.Clamp(Blur * StrengthPerStep, 0.005, 0.25),
        Format = PreviewFormat.Jpeg,
    };
}
