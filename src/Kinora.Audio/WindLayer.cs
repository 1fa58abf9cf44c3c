using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// Wind: band-passed noise whose centre and level rise with gusts. A storm adds a resonant howl; a desert adds
/// the hiss of blown sand. Left and right gust slightly apart so the wind moves around the listener.
/// </summary>
internal sealed class WindLayer : IAmbienceLayer
{
    const int ControlPeriod = 32;
    const double Tick = ControlPeriod / (double)AudioFormat.SampleRate;
    // Calibrated so that level 0 dB gives about −20 LUFS for a moderate breeze.
    const double Makeup = 0.74;

    readonly double level, centreHz, gustiness, howl, sand;
    NoiseSource noiseL, noiseR;
    SlowRandom gustSlow, gustFast, spread;
    StateVariableFilter bandL, bandR, howlL, howlR;
    Biquad sandL, sandR;
    double ampL, ampR, stepL, stepR, howlAmp, howlStep, sandAmp, sandStep;
    int countdown;

    /// <param name="levelDb">Level relative to the calibrated breeze, in dB.</param>
    /// <param name="centreHz">Centre of the wind's band at an average gust, in Hz.</param>
    /// <param name="gustiness">0 steady .. 1 strongly gusting.</param>
    /// <param name="howl">0 .. 1: resonant whistle that follows the gusts (storms).</param>
    /// <param name="sand">0 .. 1: high hiss of sand (deserts).</param>
    public WindLayer(Pcg32 rng, double levelDb, double centreHz, double gustiness, double howl, double sand)
    {
        level = AudioFormat.Gain(levelDb) * Makeup;
        this.centreHz = centreHz;
        this.gustiness = gustiness;
        this.howl = howl;
        this.sand = sand;
        noiseL = new NoiseSource(NoiseSource.Split(ref rng));
        noiseR = new NoiseSource(NoiseSource.Split(ref rng));
        gustSlow = new SlowRandom(NoiseSource.Split(ref rng), 0.18, Tick);
        gustFast = new SlowRandom(NoiseSource.Split(ref rng), 0.9, Tick);
        spread = new SlowRandom(NoiseSource.Split(ref rng), 0.3, Tick);
        sandL = Biquad.HighPass(AudioFormat.SampleRate, 3500, 0.7);
        sandR = Biquad.HighPass(AudioFormat.SampleRate, 3500, 0.7);
    }

    public void AddTo(Span<float> left, Span<float> right)
    {
        for (int i = 0; i < left.Length; i++)
        {
            if (countdown == 0) Control();
            countdown--;
            ampL += stepL; ampR += stepR; howlAmp += howlStep; sandAmp += sandStep;
            double nl = noiseL.Next(), nr = noiseR.Next();
            bandL.Process(nl, out double bl);
            bandR.Process(nr, out double br);
            double l = bl * ampL, r = br * ampR;
            if (howl > 0)
            {
                howlL.Process(nl, out double hl);
                howlR.Process(nr, out double hr);
                l += hl * howlAmp;
                r += hr * howlAmp;
            }
            if (sand > 0)
            {
                l += sandL.Process(nl) * sandAmp;
                r += sandR.Process(nr) * sandAmp;
            }
            left[i] += (float)(l * level);
            right[i] += (float)(r * level);
        }
    }

    void Control()
    {
        countdown = ControlPeriod;
        double g = 0.65 * gustSlow.Next() + 0.35 * gustFast.Next();
        g = 1 - gustiness + gustiness * g * g * 1.6;
        double pan = (spread.Next() - 0.5) * 0.5;
        double centre = centreHz * (0.6 + 0.8 * g);
        bandL.Tune(AudioFormat.SampleRate, centre, 0.9);
        bandR.Tune(AudioFormat.SampleRate, centre * 1.07, 0.9);
        double targetL = g * (1 - pan), targetR = g * (1 + pan);
        stepL = (targetL - ampL) / ControlPeriod;
        stepR = (targetR - ampR) / ControlPeriod;
        if (howl > 0)
        {
            double h = 350 + 650 * g;
            howlL.Tune(AudioFormat.SampleRate, h, 9);
            howlR.Tune(AudioFormat.SampleRate, h * 1.12, 9);
            howlStep = (howl * g * g * 1.8 - howlAmp) / ControlPeriod;
        }
        if (sand > 0) sandStep = (sand * g * g * 0.6 - sandAmp) / ControlPeriod;
    }
}
