namespace Kinora.Audio;

/// <summary>
/// Integrated loudness by ITU-R BS.1770-4 / EBU R128 for stereo: K-weighting (high shelf + high pass, designed
/// for any rate the way libebur128 does, equal to the standard's tables at 48 kHz), mean square over 400 ms
/// blocks every 100 ms (75 % overlap), an absolute gate at −70 LUFS and a relative gate 10 LU below the
/// ungated mean. Feed it consecutive frames; read <see cref="IntegratedLufs"/> at any time.
/// </summary>
public sealed class LoudnessMeter
{
    readonly Biquad[] shelf = new Biquad[2], highPass = new Biquad[2];
    readonly int step;
    readonly double[] stepEnergy = new double[4];
    readonly List<double> blocks = [];
    double current;
    int inStep, steps;

    /// <param name="sampleRate">Sample rate in Hz.</param>
    public LoudnessMeter(int sampleRate = 48000)
    {
        if (sampleRate < 8000) throw new ArgumentOutOfRangeException(nameof(sampleRate));
        step = sampleRate / 10;
        // Stage 1: the head's acoustic effect, a +4 dB shelf above about 1.7 kHz.
        double f0 = 1681.974450955533, gainDb = 3.999843853973347, q = 0.7071752369554196;
        double k = Math.Tan(Math.PI * f0 / sampleRate);
        double vh = Math.Pow(10, gainDb / 20), vb = Math.Pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        var s = Biquad.FromCoefficients((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
            2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
        // Stage 2: the RLB high pass near 38 Hz.
        f0 = 38.13547087602444; q = 0.5003270373238773;
        k = Math.Tan(Math.PI * f0 / sampleRate);
        double d = 1 + k / q + k * k;
        var h = Biquad.FromCoefficients(1, -2, 1, 2 * (k * k - 1) / d, (1 - k / q + k * k) / d);
        shelf[0] = shelf[1] = s;
        highPass[0] = highPass[1] = h;
    }

    /// <summary>Adds consecutive stereo frames (linear, full scale = 1).</summary>
    public void Add(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        if (left.Length != right.Length) throw new ArgumentException("channels differ in length");
        for (int i = 0; i < left.Length; i++)
        {
            double l = highPass[0].Process(shelf[0].Process(left[i]));
            double r = highPass[1].Process(shelf[1].Process(right[i]));
            current += l * l + r * r;
            if (++inStep == step) CloseStep();
        }
    }

    void CloseStep()
    {
        stepEnergy[steps % 4] = current;
        steps++;
        current = 0;
        inStep = 0;
        if (steps >= 4)
            blocks.Add((stepEnergy[0] + stepEnergy[1] + stepEnergy[2] + stepEnergy[3]) / (4.0 * step));
    }

    /// <summary>Gated integrated loudness in LUFS; −∞ when nothing rises above the absolute gate.</summary>
    public double IntegratedLufs
    {
        get
        {
            const double absoluteGate = -70;
            double sum = 0; int count = 0;
            foreach (var z in blocks)
                if (Lufs(z) > absoluteGate) { sum += z; count++; }
            if (count == 0) return double.NegativeInfinity;
            double relativeGate = Lufs(sum / count) - 10;
            sum = 0; count = 0;
            foreach (var z in blocks)
                if (Lufs(z) > absoluteGate && Lufs(z) > relativeGate) { sum += z; count++; }
            return count == 0 ? double.NegativeInfinity : Lufs(sum / count);
        }
    }

    /// <summary>Loudness of each 400 ms block so far, in LUFS (momentary loudness every 100 ms).</summary>
    public IReadOnlyList<double> MomentaryLufs => blocks.Select(Lufs).ToArray();

    static double Lufs(double meanSquare) => meanSquare <= 0 ? double.NegativeInfinity : -0.691 + 10 * Math.Log10(meanSquare);
}
