namespace Kinora.Output;

/// <summary>
/// How the film is encoded: H.264 High 4:2:0 with AAC 48 kHz in MP4 (faststart). The x264 preset follows the
/// frame size so a 4K film encodes at the speed the renderer makes frames on two cores.
/// </summary>
public sealed record EncoderSettings(int Width, int Height, int Fps, string Preset, int Crf, int AudioBitrateKbps)
{
    public static EncoderSettings For(int width, int height, int fps)
    {
        long pixels = (long)width * height;
        string preset = pixels > 2560L * 1440 ? "superfast" : pixels > 1280L * 720 ? "veryfast" : "faster";
        return new EncoderSettings(width, height, fps, preset, pixels > 2560L * 1440 ? 22 : 20, 192);
    }
}
