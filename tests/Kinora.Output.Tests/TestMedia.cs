namespace Kinora.Output.Tests;

/// <summary>Synthetic frames and sound for encoder tests: a moving diagonal ramp and a 440 Hz tone.</summary>
static class TestMedia
{
    public static byte[] Frame(int w, int h, int n)
    {
        var f = new byte[w * h * 3 / 2];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) f[y * w + x] = (byte)(16 + (x * 3 + y + n * 7) % 200);
        Array.Fill(f, (byte)128, w * h, w * h / 2);
        return f;
    }

    public static string Wav(string path, double seconds)
    {
        int rate = 48000, n = (int)(rate * seconds);
        using var w = new BinaryWriter(File.Create(path));
        w.Write("RIFF"u8); w.Write(36 + n * 4); w.Write("WAVE"u8);
        w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)2); w.Write(rate); w.Write(rate * 4); w.Write((short)4); w.Write((short)16);
        w.Write("data"u8); w.Write(n * 4);
        for (int i = 0; i < n; i++) { short s = (short)(3000 * Math.Sin(i * 2 * Math.PI * 440 / rate)); w.Write(s); w.Write(s); }
        return path;
    }
}
