using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// Float to 16-bit PCM with TPDF dither (±1 LSB triangular), seeded so the same mix gives the same bytes.
/// Dither turns the quantisation error of quiet fades and room tone into a steady hiss at −96 dBFS instead of distortion.
/// </summary>
internal sealed class PcmQuantizer
{
    Pcg32 rng;

    public PcmQuantizer(long seed) => rng = Pcg32.For(seed, "soundtrack/dither");

    /// <summary>Quantises frames into interleaved 16-bit samples and returns what was written, as floats, for metering.</summary>
    public void Quantize(ReadOnlySpan<float> left, ReadOnlySpan<float> right, Span<short> interleaved, Span<float> outLeft, Span<float> outRight)
    {
        for (int i = 0; i < left.Length; i++)
        {
            short l = ToPcm(left[i]), r = ToPcm(right[i]);
            interleaved[2 * i] = l;
            interleaved[2 * i + 1] = r;
            outLeft[i] = l / 32768f;
            outRight[i] = r / 32768f;
        }
    }

    short ToPcm(float x)
    {
        double dither = rng.NextDouble() - rng.NextDouble();
        double v = Math.Round(x * 32768.0 + dither);
        return (short)Math.Clamp(v, short.MinValue, short.MaxValue);
    }
}
