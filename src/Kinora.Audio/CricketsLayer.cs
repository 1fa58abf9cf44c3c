using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// Crickets at night: each cricket repeats a chirp of three or four short pulses of a high sine, at its own
/// pitch, rhythm and place. Several together make the familiar pulsing field.
/// </summary>
internal sealed class CricketsLayer : IAmbienceLayer
{
    // Calibrated so that level 0 dB gives about −20 LUFS for six crickets.
    const double Makeup = 0.26;

    readonly double level;
    readonly Cricket[] crickets;

    /// <param name="levelDb">Level relative to calibrated crickets, in dB.</param>
    /// <param name="count">How many crickets are heard.</param>
    public CricketsLayer(Pcg32 rng, double levelDb, int count)
    {
        level = AudioFormat.Gain(levelDb) * Makeup;
        crickets = new Cricket[count];
        for (int c = 0; c < count; c++) crickets[c] = new Cricket(NoiseSource.Split(ref rng));
    }

    public void AddTo(Span<float> left, Span<float> right)
    {
        foreach (var cricket in crickets) cricket.AddTo(left, right, level);
    }

    sealed class Cricket
    {
        Pcg32 rng;
        readonly double carrierHz, pulseSeconds, pulseSpacing, period, gain, pan;
        readonly int pulses;
        double phase, time, chirpStart;

        public Cricket(Pcg32 rng)
        {
            this.rng = rng;
            carrierHz = this.rng.Range(3800, 5300);
            pulseSeconds = this.rng.Range(0.010, 0.018);
            pulseSpacing = pulseSeconds + this.rng.Range(0.012, 0.022);
            pulses = 3 + this.rng.Next(2);
            period = this.rng.Range(0.45, 0.9);
            gain = this.rng.Range(0.3, 1.0);
            pan = this.rng.Range(-0.9, 0.9);
            chirpStart = -this.rng.Range(0, period);
        }

        public void AddTo(Span<float> left, Span<float> right, double level)
        {
            const double dt = 1.0 / AudioFormat.SampleRate;
            double step = carrierHz * dt;
            for (int i = 0; i < left.Length; i++)
            {
                time += dt;
                double u = time - chirpStart;
                if (u >= period)
                {
                    // A little jitter per chirp keeps the field from locking into a loop.
                    chirpStart += period * rng.Range(0.95, 1.05);
                    u = time - chirpStart;
                }
                phase += step;
                if (phase >= 1) phase -= 1;
                int p = (int)(u / pulseSpacing);
                if (p >= pulses || u < 0) continue;
                double within = (u - p * pulseSpacing) / pulseSeconds;
                if (within >= 1) continue;
                double env = Math.Sin(Math.PI * within);
                double s = Math.Sin(2 * Math.PI * phase) * env * env * gain * level;
                left[i] += (float)(s * (1 - pan));
                right[i] += (float)(s * (1 + pan));
            }
        }
    }
}
