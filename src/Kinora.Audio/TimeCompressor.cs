namespace Kinora.Audio;

/// <summary>
/// Shortens speech without raising its pitch: WSOLA (waveform-similarity overlap-add). Hann-windowed 40 ms
/// grains are taken from the input at a faster pace than they are laid down, each nudged by up to ±6 ms to the
/// offset where it best continues the previous grain, so pitch periods line up instead of beating.
/// </summary>
internal static class TimeCompressor
{
    const int Frame = 1920;          // 40 ms at 48 kHz
    const int Hop = Frame / 2;
    const int Tolerance = 288;       // ±6 ms
    const int SearchStep = 2;

    /// <summary>Returns <paramref name="input"/> played in <paramref name="length"/> samples (shorter than the input).</summary>
    public static float[] Compress(float[] input, int length)
    {
        if (length >= input.Length) return input;
        if (length <= Frame) return Trim(input, length);
        double ratio = (double)input.Length / length;
        var output = new double[length + Frame];
        var weight = new double[length + Frame];
        var window = new double[Frame];
        for (int i = 0; i < Frame; i++) window[i] = 0.5 - 0.5 * Math.Cos(2 * Math.PI * (i + 0.5) / Frame);

        int previous = 0;
        for (int outPos = 0; outPos < length; outPos += Hop)
        {
            int nominal = (int)Math.Round(outPos * ratio);
            int chosen;
            if (outPos == 0) chosen = 0;
            else
            {
                // The grain that would naturally follow the previous one: find the candidate most like it.
                int natural = previous + Hop;
                chosen = Math.Clamp(nominal, 0, Math.Max(0, input.Length - Frame));
                double best = double.NegativeInfinity;
                for (int d = -Tolerance; d <= Tolerance; d += SearchStep)
                {
                    int c = nominal + d;
                    if (c < 0 || c + Frame > input.Length) continue;
                    double score = 0;
                    for (int i = 0; i < Hop; i += 2)
                    {
                        int j = natural + i;
                        if (j >= input.Length) break;
                        score += input[c + i] * input[j];
                    }
                    if (score > best) { best = score; chosen = c; }
                }
            }
            for (int i = 0; i < Frame && chosen + i < input.Length; i++)
            {
                output[outPos + i] += input[chosen + i] * window[i];
                weight[outPos + i] += window[i];
            }
            previous = chosen;
        }

        var result = new float[length];
        for (int i = 0; i < length; i++) result[i] = weight[i] > 1e-3 ? (float)(output[i] / weight[i]) : 0f;
        FadeOut(result, 480);
        return result;
    }

    /// <summary>Cuts to <paramref name="length"/> samples with a fade of up to 40 ms, the last resort for a line that cannot fit.</summary>
    public static float[] Trim(float[] input, int length)
    {
        var result = input.AsSpan(0, Math.Min(length, input.Length)).ToArray();
        FadeOut(result, 1920);
        return result;
    }

    static void FadeOut(float[] samples, int fade)
    {
        fade = Math.Min(fade, samples.Length);
        for (int i = 0; i < fade; i++)
        {
            int k = samples.Length - fade + i;
            samples[k] *= (float)(0.5 + 0.5 * Math.Cos(Math.PI * (i + 1) / fade));
        }
    }
}
