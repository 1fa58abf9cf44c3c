using System.Collections.Concurrent;

namespace Kinora.Audio;

/// <summary>
/// Rational sample-rate conversion by a polyphase Kaiser-windowed sinc (48 taps a phase, β = 8.6, about
/// −90 dB stop band). espeak-ng's 22050 Hz becomes 48 kHz with no imaging above the voice's own band.
/// </summary>
internal sealed class Resampler
{
    const int HalfTaps = 24;
    const double Beta = 8.6;

    static readonly ConcurrentDictionary<(int, int), Resampler> Shared = new();

    readonly int up, down;
    readonly float[] table; // [phase * Taps + tap]

    Resampler(int inputRate, int outputRate)
    {
        int g = Gcd(inputRate, outputRate);
        up = outputRate / g;
        down = inputRate / g;
        const int taps = 2 * HalfTaps;
        table = new float[up * taps];
        // Cut off a little below the lower Nyquist so the transition band ends before it.
        double cutoff = 0.5 * Math.Min(1.0, (double)outputRate / inputRate) * 0.94;
        for (int p = 0; p < up; p++)
        {
            double frac = (double)p / up;
            double sum = 0;
            for (int k = 0; k < taps; k++)
            {
                // Distance from input tap k to the output instant, in input samples (the kernel is symmetric).
                double tau = k - (HalfTaps - 1) - frac;
                double h = 2 * cutoff * Kaiser.Sinc(2 * cutoff * tau) * Kaiser.Window(tau / HalfTaps, Beta);
                table[p * taps + k] = (float)h;
                sum += h;
            }
            // Exact unity gain at DC for every phase, so no phase-dependent ripple becomes a whine.
            for (int k = 0; k < taps; k++) table[p * taps + k] = (float)(table[p * taps + k] / sum);
        }
    }

    public static Resampler For(int inputRate, int outputRate) => Shared.GetOrAdd((inputRate, outputRate), k => new Resampler(k.Item1, k.Item2));

    /// <summary>Resamples a whole clip; samples outside it are taken as silence.</summary>
    public float[] Process(ReadOnlySpan<float> input)
    {
        if (up == down) return input.ToArray();
        const int taps = 2 * HalfTaps;
        long outLength = ((long)input.Length * up + down - 1) / down;
        var output = new float[outLength];
        for (long n = 0; n < outLength; n++)
        {
            long t = n * down;
            int i = (int)(t / up);
            int phase = (int)(t % up);
            int first = i - (HalfTaps - 1);
            var h = table.AsSpan(phase * taps, taps);
            double acc = 0;
            if (first >= 0 && first + taps <= input.Length)
            {
                // Four fixed partial sums: fast, and the same order on every machine (no width-dependent SIMD).
                var x = input.Slice(first, taps);
                float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int k = 0; k < taps; k += 4)
                {
                    s0 += x[k] * h[k];
                    s1 += x[k + 1] * h[k + 1];
                    s2 += x[k + 2] * h[k + 2];
                    s3 += x[k + 3] * h[k + 3];
                }
                acc = (s0 + s1) + (s2 + s3);
            }
            else
            {
                for (int k = 0; k < taps; k++)
                {
                    int j = first + k;
                    if ((uint)j < (uint)input.Length) acc += input[j] * h[k];
                }
            }
            output[n] = (float)acc;
        }
        return output;
    }

    static int Gcd(int a, int b) { while (b != 0) (a, b) = (b, a % b); return a; }
}
