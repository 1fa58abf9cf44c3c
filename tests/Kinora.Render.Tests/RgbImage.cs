namespace Kinora.Render.Tests;

/// <summary>An 8-bit sRGB-ish image (display-encoded), rows top to bottom, for checks and PNGs.</summary>
sealed class RgbImage(int width, int height)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = new byte[width * height * 3];

    public (int R, int G, int B) this[int x, int y]
    {
        get { int i = (y * Width + x) * 3; return (Pixels[i], Pixels[i + 1], Pixels[i + 2]); }
        set { int i = (y * Width + x) * 3; Pixels[i] = (byte)value.R; Pixels[i + 1] = (byte)value.G; Pixels[i + 2] = (byte)value.B; }
    }

    /// <summary>Mean colour of a rectangle, each channel 0..255.</summary>
    public (double R, double G, double B) Mean(int x0, int y0, int x1, int y1)
    {
        double r = 0, g = 0, b = 0;
        int n = 0;
        for (int y = Math.Max(0, y0); y < Math.Min(Height, y1); y++)
        for (int x = Math.Max(0, x0); x < Math.Min(Width, x1); x++)
        {
            var p = this[x, y];
            r += p.R; g += p.G; b += p.B; n++;
        }
        return (r / n, g / n, b / n);
    }

    public static double Luma((double R, double G, double B) c) => 0.2126 * c.R + 0.7152 * c.G + 0.0722 * c.B;

    /// <summary>BT.709 limited-range I420 to RGB, chroma upsampled by nearest neighbour.</summary>
    public static RgbImage FromI420(ReadOnlySpan<byte> yuv, int width, int height)
    {
        var image = new RgbImage(width, height);
        int uBase = width * height, vBase = uBase + width * height / 4;
        for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
        {
            double luma = (yuv[y * width + x] - 16) / 219.0;
            int c = (y / 2) * (width / 2) + x / 2;
            double cb = (yuv[uBase + c] - 128) / 224.0, cr = (yuv[vBase + c] - 128) / 224.0;
            double r = luma + 1.5748 * cr;
            double g = luma - 0.1873 * cb - 0.4681 * cr;
            double b = luma + 1.8556 * cb;
            image[x, y] = (To8(r), To8(g), To8(b));
        }
        return image;
    }

    static int To8(double v) => (int)Math.Round(Math.Clamp(v, 0, 1) * 255);
}
