using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// Rain: a dense high-passed hiss plus a crackle of individual drops (random impulses through a bright
/// resonance). Heard from indoors it is low-passed and quieter, as through a roof and windows.
/// </summary>
internal sealed class RainLayer : IAmbienceLayer
{
    const int ControlPeriod = 64;
    const double Tick = ControlPeriod / (double)AudioFormat.SampleRate;
    // Calibrated so that level 0 dB gives about −20 LUFS for a downpour heard outdoors.
    const double Makeup = 0.27;

    readonly double level, intensity;
    readonly bool muffled;
    NoiseSource noiseL, noiseR;
    Pcg32 drops;
    SlowRandom drift;
    Biquad hissL, hissR, crackleL, crackleR, roofL, roofR;
    double amp, step;
    readonly uint dropThreshold;
    int countdown;

    /// <param name="intensity">0 .. 1: drizzle to downpour.</param>
    /// <param name="muffled">True when the listener is indoors.</param>
    public RainLayer(Pcg32 rng, double levelDb, double intensity, bool muffled)
    {
        level = AudioFormat.Gain(levelDb) * Makeup;
        this.intensity = intensity;
        this.muffled = muffled;
        noiseL = new NoiseSource(NoiseSource.Split(ref rng));
        noiseR = new NoiseSource(NoiseSource.Split(ref rng));
        drops = NoiseSource.Split(ref rng);
        drift = new SlowRandom(NoiseSource.Split(ref rng), 0.12, Tick);
        int sr = AudioFormat.SampleRate;
        hissL = Biquad.HighPass(sr, 1800, 0.6);
        hissR = Biquad.HighPass(sr, 1900, 0.6);
        crackleL = Biquad.BandPass(sr, 3200, 1.4);
        crackleR = Biquad.BandPass(sr, 3600, 1.4);
        roofL = Biquad.LowPass(sr, 900, 0.7);
        roofR = Biquad.LowPass(sr, 950, 0.7);
        // Drops per second: a few hundred in drizzle, a couple of thousand in a downpour.
        double perSecond = 300 + 2200 * intensity;
        dropThreshold = (uint)(perSecond / sr * 2 * uint.MaxValue / 2);
    }

    public void AddTo(Span<float> left, Span<float> right)
    {
        for (int i = 0; i < left.Length; i++)
        {
            if (countdown == 0)
            {
                countdown = ControlPeriod;
                step = ((0.75 + 0.5 * drift.Next()) * (0.3 + 0.7 * intensity) - amp) / ControlPeriod;
            }
            countdown--;
            amp += step;

            double dl = 0, dr = 0;
            if (drops.NextUInt() < dropThreshold)
            {
                double a = drops.NextDouble();
                a = a * a * a * 6;
                if ((drops.NextUInt() & 1) == 0) a = -a;
                double pan = drops.NextDouble();
                dl = a * (1 - pan);
                dr = a * pan;
            }
            double l = 0.35 * hissL.Process(noiseL.Next()) + crackleL.Process(dl);
            double r = 0.35 * hissR.Process(noiseR.Next()) + crackleR.Process(dr);
            if (muffled)
            {
                // The roof takes the highs; what is left is about 14 dB quieter than outdoors.
                l = roofL.Process(l) * 4;
                r = roofR.Process(r) * 4;
            }
            left[i] += (float)(l * amp * level);
            right[i] += (float)(r * amp * level);
        }
    }
}
