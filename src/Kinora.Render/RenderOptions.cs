namespace Kinora.Render;

/// <summary>
/// How to render: output size in pixels (both even, for 4:2:0 chroma), backend, the look (colour grade: "natural",
/// "noir", "warm", "cold", "documentary", "pastel"), film grain strength (0 none, 1 heavy 16 mm), the seed
/// the grain is drawn from, and the internal resolution factor: the 3D scene is drawn at
/// Width·RenderScale × Height·RenderScale and upscaled in the last pass (0 = choose: 0.5 above 1080p, 17/30 above
/// 720p up to 1080p, i.e. 1088×612 for 1080p (the exact 16:9 with a width in whole 4-pixel groups, as the YUV
/// pass packs them), else 1; chosen on 2-core llvmpipe to keep 4K ≥ 3 and 1080p ≥ 8 frames/s with the full look
/// and the 10-minute 1080p film within 25 minutes, and checked at 100 %: after ffmpeg's Lanczos upscale a
/// close-up's eyes, brows and lips and a night street's brick and rain at 2/3 and 0.6 look alike, and 17/30
/// against 0.6 differs only in a faint moiré on brick seen obliquely; 1080p from 960×540 did not hold, its
/// cobbles and far faces smeared), and the
/// letterbox: LetterboxAspect (width / height of the picture, e.g. 2.39) puts black bars top and bottom (or at the
/// sides, for an aspect narrower than the frame's) so the picture has that aspect inside the frame; the picture
/// is the centre of what the camera sees (as when framing 2.39 in a 16:9 gate); null for none. EncoderUpscales:
/// when the scene is drawn below the output size, hand frames over at the scene's own size in 4:4:4 and let the
/// encoder upscale (see <see cref="Frames"/>); the sink must then read <see cref="Frames"/>, not Width×Height.
/// </summary>
public sealed record RenderOptions(
    int Width,
    int Height,
    RenderBackend Backend = RenderBackend.Auto,
    string Look = "natural",
    double Grain = 0.15,
    long Seed = 0,
    float RenderScale = 0,
    double? LetterboxAspect = null,
    bool EncoderUpscales = false)
{
    /// <summary>The scale actually used: RenderScale, or the automatic choice when it is 0.</summary>
    public float EffectiveScale => RenderScale > 0 ? Math.Clamp(RenderScale, 0.1f, 2f)
        : Width * Height > 1920 * 1088 ? 0.5f
        : Width * Height > 1280 * 720 ? 17f / 30f
        : 1f;

    /// <summary>Internal (scene) resolution in pixels.</summary>
    public int InternalWidth => Math.Max(2, (int)MathF.Round(Width * EffectiveScale));

    public int InternalHeight => Math.Max(2, (int)MathF.Round(Height * EffectiveScale));

    /// <summary>
    /// What the sink receives. By default the output size in 4:2:0, upscaled by the renderer's last pass. With
    /// EncoderUpscales, when the scene is drawn smaller (1080p for a 4K film) and its width divides by 4, the
    /// scene's own size in 4:4:4, which the encoder upscales (Lanczos) on its way to 4:2:0: the last pass then
    /// fetches texels instead of filtering a quarter as many again, and the pipe carries half the bytes. Measured
    /// on the 2-core llvmpipe machine: the 4K output pass cost 97–114 ms a frame, two thirds of it the upscale's
    /// filtered taps, and ffmpeg's upscale of 1080p 4:4:4 to 4K 4:2:0 costs 8–9 ms. Colour keeps the scene's
    /// full resolution (4:2:0 at the scene's size would halve it).
    /// </summary>
    public FrameLayout Frames => EncoderUpscales && InternalWidth < Width && InternalHeight < Height
        && InternalWidth % 4 == 0 && InternalHeight % 2 == 0
        ? new FrameLayout(InternalWidth, InternalHeight, FullChroma: true)
        : new FrameLayout(Width, Height, FullChroma: false);

    /// <summary>
    /// The letterbox picture in the pixels of <see cref="Frames"/>: <see cref="PictureArea"/> scaled to the
    /// delivered size (the encoder blacks the output's bars again exactly after it upscales).
    /// </summary>
    public (int X, int Y, int Width, int Height) DeliveredPictureArea
    {
        get
        {
            var (x, y, w, h) = PictureArea;
            var frames = Frames;
            if (frames.Width == Width && frames.Height == Height) return (x, y, w, h);
            double sx = (double)frames.Width / Width, sy = (double)frames.Height / Height;
            int x0 = (int)Math.Round(x * sx), y0 = (int)Math.Round(y * sy);
            int x1 = (int)Math.Round((x + w) * sx), y1 = (int)Math.Round((y + h) * sy);
            return (x0, y0, x1 - x0, y1 - y0);
        }
    }

    /// <summary>
    /// The picture inside the letterbox bars, in output pixels (X, Y from the top left, width, height); the whole
    /// frame without a letterbox. Bars are whole even numbers of pixels, so 4:2:0 chroma blocks never straddle them.
    /// </summary>
    public (int X, int Y, int Width, int Height) PictureArea
    {
        get
        {
            if (LetterboxAspect is not { } aspect || !double.IsFinite(aspect) || aspect <= 0) return (0, 0, Width, Height);
            double frame = (double)Width / Height;
            if (Math.Abs(aspect - frame) < 1e-3) return (0, 0, Width, Height);
            if (aspect > frame)
            {
                int h = Math.Max(2, (int)Math.Round(Width / aspect / 2) * 2);
                int bar = (Height - h) / 2 / 2 * 2;
                return (0, bar, Width, Height - 2 * bar);
            }
            int w = Math.Max(2, (int)Math.Round(Height * aspect / 2) * 2);
            int side = (Width - w) / 2 / 2 * 2;
            return (side, 0, Width - 2 * side, Height);
        }
    }

    /// <summary>
    /// The camera for the whole frame when the shot was framed for the picture inside the letterbox: a picture
    /// wider than the frame keeps its width of view and the frame sees more above and below (the bars cover it).
    /// </summary>
    public Kinora.Direction.CameraFrame OpenGate(Kinora.Direction.CameraFrame camera)
    {
        if (LetterboxAspect is not { } aspect || !double.IsFinite(aspect) || aspect <= (double)Width / Height) return camera;
        double widen = aspect / ((double)Width / Height);
        return camera with { VerticalFov = (float)(2 * Math.Atan(Math.Tan(camera.VerticalFov / 2.0) * widen)) };
    }

    /// <summary>Guards for API misuse: throws ArgumentException naming the bad field.</summary>
    public void Validate()
    {
        if (Width < 2 || Height < 2 || Width > 8192 || Height > 8192)
            throw new ArgumentException($"Render size {Width}×{Height} is outside 2..8192.", nameof(Width));
        if (Width % 2 != 0 || Height % 2 != 0)
            throw new ArgumentException($"Render size {Width}×{Height} must be even in both directions for YUV 4:2:0.", nameof(Width));
        if (Grain < 0 || Grain > 1 || double.IsNaN(Grain))
            throw new ArgumentException($"Grain {Grain} is outside 0..1.", nameof(Grain));
        if (RenderScale < 0 || float.IsNaN(RenderScale))
            throw new ArgumentException($"RenderScale {RenderScale} must be 0 (automatic) or positive.", nameof(RenderScale));
        if (LetterboxAspect is { } a && (!double.IsFinite(a) || a < 0.5 || a > 4))
            throw new ArgumentException($"LetterboxAspect {a} is outside 0.5..4 (width / height of the picture).", nameof(LetterboxAspect));
        LookGrade.For(Look);
    }
}

/// <summary>
/// The frames a renderer hands its sink: planar YUV (BT.709, limited range) of Width×Height, Y then U then V,
/// with chroma at half size each way (4:2:0) or at full size (4:4:4, FullChroma).
/// </summary>
public readonly record struct FrameLayout(int Width, int Height, bool FullChroma)
{
    public int ChromaWidth => FullChroma ? Width : (Width + 1) / 2;
    public int ChromaHeight => FullChroma ? Height : (Height + 1) / 2;

    /// <summary>Bytes in one frame.</summary>
    public int Bytes => Width * Height + 2 * ChromaWidth * ChromaHeight;

    /// <summary>ffmpeg's name for the layout.</summary>
    public string PixelFormat => FullChroma ? "yuv444p" : "yuv420p";
}
