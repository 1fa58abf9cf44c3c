using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// Kitchen and diner clatter: cutlery, plates and pans as short metallic strikes. Each strike excites a few
/// inharmonic, quickly decaying resonances (two-pole resonators), placed somewhere in the room.
/// </summary>
internal sealed class ClatterLayer : IAmbienceLayer
{
    const int MaxModes = 24;
    // Calibrated so that level 0 dB gives about −20 LUFS at 30 strikes a minute.
    const double Makeup = 0.27;

    readonly double level, perSecond;
    Pcg32 events;
    readonly Mode[] modes = new Mode[MaxModes];
    double time, nextStrike;
    int nextSlot;

    struct Mode
    {
        public double C, R2, Y1, Y2, GainL, GainR;
        public bool Live;
        public int Left;
    }

    /// <param name="levelDb">Level relative to calibrated clatter, in dB.</param>
    /// <param name="strikesPerMinute">How busy the kitchen is.</param>
    public ClatterLayer(Pcg32 rng, double levelDb, double strikesPerMinute)
    {
        level = AudioFormat.Gain(levelDb) * Makeup;
        perSecond = strikesPerMinute / 60;
        events = NoiseSource.Split(ref rng);
        nextStrike = events.Range(0.1, 1.0);
    }

    public void AddTo(Span<float> left, Span<float> right)
    {
        const double dt = 1.0 / AudioFormat.SampleRate;
        for (int i = 0; i < left.Length; i++)
        {
            time += dt;
            bool strike = time >= nextStrike;
            if (strike) Strike();
            double l = 0, r = 0;
            for (int m = 0; m < modes.Length; m++)
            {
                ref var mode = ref modes[m];
                if (!mode.Live) continue;
                double y = mode.C * mode.Y1 - mode.R2 * mode.Y2;
                mode.Y2 = mode.Y1;
                mode.Y1 = y;
                l += y * mode.GainL;
                r += y * mode.GainR;
                if (--mode.Left <= 0) mode.Live = false;
            }
            left[i] += (float)(l * level);
            right[i] += (float)(r * level);
        }
    }

    void Strike()
    {
        nextStrike = time + 0.12 + -Math.Log(1 - events.NextDouble()) / perSecond;
        double pan = events.Range(-0.9, 0.9);
        double amplitude = events.Range(0.2, 1.0);
        amplitude *= amplitude;
        // A struck plate or fork: a fundamental somewhere in the upper midrange and partials at
        // non-integer ratios, which is what makes it sound like metal or china rather than a tone.
        double f0 = events.Range(900, 3200);
        ReadOnlySpan<double> ratios = [1.0, 2.32, 4.25, 6.63];
        int count = 2 + events.Next(3);
        double decay = events.Range(0.03, 0.22);
        for (int k = 0; k < count; k++)
        {
            double f = f0 * ratios[k] * events.Range(0.97, 1.03);
            if (f > 18000) break;
            double tau = decay / (1 + 0.6 * k);
            double rr = Math.Exp(-1 / (tau * AudioFormat.SampleRate));
            double w = 2 * Math.PI * f / AudioFormat.SampleRate;
            ref var mode = ref modes[nextSlot];
            nextSlot = (nextSlot + 1) % MaxModes;
            double a = amplitude / (k + 1);
            mode.C = 2 * rr * Math.Cos(w);
            mode.R2 = rr * rr;
            // An impulse into the resonator: start it at y[-1] = sin(w), y[-2] = 0 so its output is a decaying sine.
            mode.Y1 = Math.Sin(w);
            mode.Y2 = 0;
            mode.GainL = a * (1 - pan);
            mode.GainR = a * (1 + pan);
            mode.Left = (int)(tau * 7 * AudioFormat.SampleRate);
            mode.Live = true;
        }
    }
}
