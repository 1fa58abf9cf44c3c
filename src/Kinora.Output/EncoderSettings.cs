using Kinora.Render;

namespace Kinora.Output;

/// <summary>
/// How the film is encoded: H.264 High 4:2:0 with AAC 48 kHz in MP4 (faststart). The x264 preset follows the
/// frame size so a 4K film encodes at the speed the renderer makes frames on two cores.
/// </summary>
/// <remarks>
/// Above 1440p the preset is ultrafast with CABAC and 8×8 transforms put back: measured on 240 rendered 4K
/// frames it costs half the CPU of superfast (10 s against 21 s) and makes a smaller file, and it stays
/// H.264 High where plain ultrafast would drop to Constrained Baseline.
/// Above 720p up to 1440p (1080p) the preset is ultrafast as well, with CABAC, 8×8 transforms, the deblocking filter
/// and two B-frames put back: on 192 rendered 1080p frames (the detective film's night street in rain) it cost
/// 14 ms of CPU a frame against veryfast's 46, for an SSIM to the source of 0.9933 against 0.9940 and a file 1.45×
/// the size. veryfast's 32 ms a frame were a tenth of a 1080p film's whole cost on two cores.
/// </remarks>
public sealed record EncoderSettings(int Width, int Height, int Fps, string Preset, int Crf, int AudioBitrateKbps, string X264Params = "")
{
    /// <summary>
    /// The frames piped in when they are not the film's size in 4:2:0: the renderer's scene size in 4:4:4
    /// (<see cref="RenderOptions.Frames"/>), which ffmpeg upscales with Lanczos on the way to 4:2:0.
    /// </summary>
    public FrameLayout? Input { get; init; }

    /// <summary>The letterbox picture in film pixels; after an upscale the bars outside it are blacked again, exactly.</summary>
    public (int X, int Y, int Width, int Height)? Picture { get; init; }

    public FrameLayout InputFrames => Input ?? new FrameLayout(Width, Height, FullChroma: false);

    /// <summary>ffmpeg's video filter chain from the piped frames to the film's, or null when they are the film's.</summary>
    public string? Filter
    {
        get
        {
            var input = InputFrames;
            if (input.Width == Width && input.Height == Height) return null;
            var chain = new List<string> { $"scale={Width}:{Height}:flags=lanczos" };
            if (Picture is var (x, y, w, h) && (w < Width || h < Height))
            {
                foreach (var (bx, by, bw, bh) in new[] { (0, 0, Width, y), (0, y + h, Width, Height - y - h), (0, 0, x, Height), (x + w, 0, Width - x - w, Height) })
                    if (bw > 0 && bh > 0) chain.Add($"drawbox=x={bx}:y={by}:w={bw}:h={bh}:color=black:t=fill");
            }
            return string.Join(',', chain);
        }
    }

    public static EncoderSettings For(int width, int height, int fps)
    {
        long pixels = (long)width * height;
        if (pixels > 2560L * 1440) return new EncoderSettings(width, height, fps, "ultrafast", 22, 192, "cabac=1:8x8dct=1");
        if (pixels > 1280L * 720) return new EncoderSettings(width, height, fps, "ultrafast", 20, 192, "cabac=1:8x8dct=1:deblock=0,0:bframes=2");
        return new EncoderSettings(width, height, fps, "faster", 20, 192);
    }
}
