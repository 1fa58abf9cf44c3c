using System.Text.RegularExpressions;

namespace Kinora.Cli;

/// <summary>--size: a name (4k, 1080p, 720p, 480p) or WIDTHxHEIGHT in pixels, both even (4:2:0 chroma needs it).</summary>
public static partial class FrameSize
{
    public static bool TryParse(string text, out int width, out int height, out string problem)
    {
        problem = "";
        (width, height) = text.Trim().ToLowerInvariant() switch
        {
            "4k" or "2160p" or "uhd" => (3840, 2160),
            "1440p" => (2560, 1440),
            "1080p" or "hd" or "fullhd" => (1920, 1080),
            "720p" => (1280, 720),
            "480p" => (854, 480),
            "360p" => (640, 360),
            "180p" => (320, 180),
            _ => (0, 0),
        };
        if (width > 0) return true;
        var m = Pattern().Match(text.Trim());
        if (!m.Success)
        {
            problem = $"--size '{text}' is not a size: use 4k, 1080p, 720p, 480p or WIDTHxHEIGHT such as 1920x1080";
            return false;
        }
        width = int.Parse(m.Groups[1].Value);
        height = int.Parse(m.Groups[2].Value);
        if (width < 16 || height < 16 || width > 7680 || height > 4320)
        {
            problem = $"--size {width}x{height} is out of range: from 16x16 to 7680x4320";
            return false;
        }
        if (width % 2 != 0 || height % 2 != 0)
        {
            problem = $"--size {width}x{height}: width and height must both be even (H.264 4:2:0 needs it), e.g. {width + width % 2}x{height + height % 2}";
            return false;
        }
        return true;
    }

    [GeneratedRegex(@"^(\d{1,5})[xX×](\d{1,5})$")]
    private static partial Regex Pattern();
}
