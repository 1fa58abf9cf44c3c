using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// Birdsong: a few birds, each with its own voice, sing phrases of short chirps. A chirp is a sine whose
/// frequency sweeps fast (up, down, or warbling by FM) under a smooth envelope.
/// </summary>
internal sealed class BirdsLayer : IAmbienceLayer
{
    // Calibrated so that level 0 dB gives about −20 LUFS for five birds.
    const double Makeup = 0.22;

    readonly double level;
    readonly Bird[] birds;

    /// <param name="levelDb">Level relative to calibrated birdsong, in dB.</param>
    /// <param name="count">How many birds are singing.</param>
    public BirdsLayer(Pcg32 rng, double levelDb, int count)
    {
        level = AudioFormat.Gain(levelDb) * Makeup;
        birds = new Bird[count];
        for (int b = 0; b < count; b++) birds[b] = new Bird(NoiseSource.Split(ref rng));
    }

    public void AddTo(Span<float> left, Span<float> right)
    {
        foreach (var bird in birds) bird.AddTo(left, right, level);
    }

    sealed class Bird
    {
        Pcg32 rng;
        readonly double baseHz, sweepHz, warbleHz, chirpSeconds, gain, pan;
        readonly int style;
        double time, phase;
        double chirpStart, chirpLength, chirpFrom, chirpTo, nextPhrase;
        int chirpsLeft;
        double lowPass;

        public Bird(Pcg32 rng)
        {
            this.rng = rng;
            baseHz = this.rng.Range(2200, 5200);
            sweepHz = this.rng.Range(600, 2200);
            warbleHz = this.rng.Range(18, 45);
            chirpSeconds = this.rng.Range(0.04, 0.16);
            style = this.rng.Next(3);
            pan = this.rng.Range(-0.85, 0.85);
            // Some birds are near, some across the field.
            gain = this.rng.Range(0.25, 1.0);
            nextPhrase = this.rng.Range(0.2, 3.0);
            chirpStart = double.NegativeInfinity;
        }

        public void AddTo(Span<float> left, Span<float> right, double level)
        {
            const double dt = 1.0 / AudioFormat.SampleRate;
            for (int i = 0; i < left.Length; i++)
            {
                time += dt;
                double u = (time - chirpStart) / chirpLength;
                if (u >= 1 || u < 0)
                {
                    if (chirpsLeft > 0 && u >= 1) NextChirp(time + rng.Range(0.03, 0.12));
                    else if (chirpsLeft == 0 && time >= nextPhrase) StartPhrase();
                    lowPass *= 0.9;
                    continue;
                }
                double f = style switch
                {
                    0 => chirpFrom + (chirpTo - chirpFrom) * u,
                    1 => chirpFrom + (chirpTo - chirpFrom) * u * u,
                    _ => chirpFrom + sweepHz * 0.3 * Math.Sin(2 * Math.PI * warbleHz * u * chirpLength),
                };
                phase += f * dt;
                phase -= Math.Floor(phase);
                double env = Math.Sin(Math.PI * u);
                env *= env;
                double s = Math.Sin(2 * Math.PI * phase) * env * gain;
                lowPass += 0.5 * (s - lowPass);
                left[i] += (float)(lowPass * (1 - pan) * level);
                right[i] += (float)(lowPass * (1 + pan) * level);
            }
        }

        void StartPhrase()
        {
            chirpsLeft = 2 + rng.Next(6);
            nextPhrase = time + rng.Range(1.0, 6.0);
            NextChirp(time);
        }

        void NextChirp(double start)
        {
            chirpsLeft--;
            chirpStart = start;
            chirpLength = chirpSeconds * rng.Range(0.8, 1.25);
            bool up = rng.Chance(0.5);
            double from = baseHz * rng.Range(0.92, 1.08);
            chirpFrom = up ? from : from + sweepHz;
            chirpTo = up ? from + sweepHz : from;
            if (chirpsLeft <= 0) nextPhrase = Math.Max(nextPhrase, start + rng.Range(1.0, 5.0));
        }
    }
}
