using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// Waves on a shore: low-passed noise whose level and brightness follow slow swells. Each wave rises over a
/// few seconds, breaks (brightest), and drains away; waves overlap and sit a little left or right.
/// </summary>
internal sealed class SurfLayer : IAmbienceLayer
{
    const int ControlPeriod = 32;
    const double Tick = ControlPeriod / (double)AudioFormat.SampleRate;
    // Calibrated so that level 0 dB gives about −20 LUFS of open surf.
    const double Makeup = 0.67;

    readonly double level, calm;
    NoiseSource noiseL, noiseR;
    Pcg32 waves;
    StateVariableFilter filterL, filterR;
    readonly Wave[] active = new Wave[6];
    double time, nextWave;
    double envL, envR, stepL, stepR;
    int countdown;

    record struct Wave(double Start, double Rise, double Decay, double Amplitude, double Pan, bool Live);

    /// <param name="levelDb">Loudness of the layer relative to its calibrated level, in dB.</param>
    /// <param name="calm">0 for open surf, 1 for a sheltered harbour lapping at the quay.</param>
    public SurfLayer(Pcg32 rng, double levelDb, double calm)
    {
        level = AudioFormat.Gain(levelDb) * Makeup;
        this.calm = calm;
        noiseL = new NoiseSource(NoiseSource.Split(ref rng));
        noiseR = new NoiseSource(NoiseSource.Split(ref rng));
        waves = NoiseSource.Split(ref rng);
        // Start part-way into the sea's rhythm so that the scene does not open on silence.
        nextWave = waves.Range(0, 2);
        Spawn(-waves.Range(1, 3));
    }

    public void AddTo(Span<float> left, Span<float> right)
    {
        for (int i = 0; i < left.Length; i++)
        {
            if (countdown == 0) Control();
            countdown--;
            envL += stepL;
            envR += stepR;
            double l = filterL.Process(noiseL.Next(), out _);
            double r = filterR.Process(noiseR.Next(), out _);
            left[i] += (float)(l * envL * level);
            right[i] += (float)(r * envR * level);
        }
    }

    void Control()
    {
        countdown = ControlPeriod;
        time += Tick;
        if (time >= nextWave)
        {
            Spawn(time);
            nextWave = time + waves.Range(5.5, 8.5) * (1 + calm * 0.5);
        }

        double wash = 0.22, l = wash, r = wash;
        for (int w = 0; w < active.Length; w++)
        {
            ref var wave = ref active[w];
            if (!wave.Live) continue;
            double u = time - wave.Start;
            double a;
            if (u < wave.Rise)
            {
                double s = Math.Sin(0.5 * Math.PI * u / wave.Rise);
                a = s * s;
            }
            else
            {
                double d = (u - wave.Rise) / wave.Decay;
                if (d > 6) { wave.Live = false; continue; }
                a = Math.Exp(-d);
            }
            a *= wave.Amplitude;
            l += a * (1 - 0.45 * wave.Pan);
            r += a * (1 + 0.45 * wave.Pan);
        }

        // Overlapping waves saturate rather than stack, so the sea's level does not depend on the seed's luck.
        l = Soft(l);
        r = Soft(r);
        double bright = Math.Min(1.2, 0.5 * (l + r));
        double cutoff = (350 + 1700 * bright) * (1 - 0.45 * calm);
        filterL.Tune(AudioFormat.SampleRate, cutoff, 0.6);
        filterR.Tune(AudioFormat.SampleRate, cutoff * 1.03, 0.6);
        stepL = (l - envL) / ControlPeriod;
        stepR = (r - envR) / ControlPeriod;
    }

    static double Soft(double x) => x <= 0.8 ? x : 0.8 + (x - 0.8) / (1 + 2 * (x - 0.8));

    void Spawn(double start)
    {
        for (int w = 0; w < active.Length; w++)
        {
            if (active[w].Live) continue;
            active[w] = new Wave(start, waves.Range(1.2, 3.0), waves.Range(1.5, 3.5),
                waves.Range(0.6, 1.0) * (1 - 0.5 * calm), waves.Range(-1, 1), true);
            return;
        }
    }
}
