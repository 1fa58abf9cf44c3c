using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// Foley made from filtered noise and damped resonances, each sound with its own seeded variation so no two
/// footsteps are alike. A footstep is a heel strike and a softer toe strike; what each strike is made of depends
/// on the ground: a knock and a board's ring on wood, a sharp click and grit on stone, a spray of grains on sand,
/// snow and grass, a splash after the click when wet, a dull thud on carpet. Output is mono, 48 kHz, peak 1.
/// </summary>
internal static class FoleySynth
{
    const int Sr = AudioFormat.SampleRate;

    public static float[] Make(FoleyCue cue, Pcg32 rng) => cue.Kind switch
    {
        FoleyKind.Footstep => Footstep(cue.Surface, cue.Running, rng),
        FoleyKind.Rustle => Rustle(rng),
        FoleyKind.Creak => Creak(rng),
        _ => Handle(rng),
    };

    public static float[] Footstep(Surface surface, bool running, Pcg32 rng)
    {
        var y = new double[(int)(0.3 * Sr)];
        double toeAt = running ? rng.Range(0.015, 0.03) : rng.Range(0.045, 0.075);
        double toe = rng.Range(0.35, 0.6);
        Strike(y, 0, surface, 1, ref rng);
        Strike(y, (int)(toeAt * Sr), surface, toe, ref rng);
        return Normalise(y);
    }

    static void Strike(double[] y, int at, Surface surface, double level, ref Pcg32 rng)
    {
        switch (surface)
        {
            case Surface.Wood:
                Burst(y, at, ref rng, 900 * V(ref rng), 0.9, 0.0005, 0.012 * V(ref rng), 0.6 * level);
                Ring(y, at, 160 * V(ref rng), 0.035 * V(ref rng), 0.5 * level);
                Ring(y, at, 420 * V(ref rng), 0.02, 0.25 * level);
                break;
            case Surface.Stone:
                Burst(y, at, ref rng, 3000 * V(ref rng), 0.7, 0.0003, 0.006 * V(ref rng), 0.8 * level);
                Ring(y, at, 95 * V(ref rng), 0.012, 0.35 * level);
                Grains(y, at, ref rng, 6, 0.04, 4500, 1, 0.15 * level);
                break;
            case Surface.Carpet:
                Burst(y, at, ref rng, 350 * V(ref rng), 0.7, 0.002, 0.02 * V(ref rng), 0.5 * level);
                Ring(y, at, 90 * V(ref rng), 0.02, 0.4 * level);
                break;
            case Surface.Sand:
                Grains(y, at, ref rng, (int)(40 * V(ref rng)), 0.11, 2500 * V(ref rng), 0.6, 0.35 * level);
                Ring(y, at, 70 * V(ref rng), 0.025, 0.3 * level);
                break;
            case Surface.Grass:
                Grains(y, at, ref rng, (int)(30 * V(ref rng)), 0.14, 5000 * V(ref rng), 0.5, 0.25 * level);
                Burst(y, at, ref rng, 3000 * V(ref rng), 0.6, 0.008, 0.05 * V(ref rng), 0.25 * level);
                Ring(y, at, 60 * V(ref rng), 0.03, 0.25 * level);
                break;
            case Surface.Snow:
                Grains(y, at, ref rng, (int)(60 * V(ref rng)), 0.15, 1400 * V(ref rng), 1.2, 0.35 * level);
                Ring(y, at, 70 * V(ref rng), 0.03, 0.25 * level);
                break;
            default: // wet: the click on hard ground, then the splash and a few droplets
                Burst(y, at, ref rng, 3000 * V(ref rng), 0.7, 0.0003, 0.006 * V(ref rng), 0.6 * level);
                Burst(y, at, ref rng, 2500 * V(ref rng), 0.6, 0.002, 0.06 * V(ref rng), 0.35 * level);
                int drops = 3 + rng.Next(3);
                for (int i = 0; i < drops; i++)
                    Chirp(y, at + (int)(rng.Range(0.01, 0.08) * Sr), 1200 * V(ref rng), 2800 * V(ref rng), 0.008, 0.15 * level);
                break;
        }
    }

    /// <summary>±15 % on a parameter: no two strikes alike.</summary>
    static double V(ref Pcg32 rng) => 1 + 0.15 * (2 * rng.NextDouble() - 1);

    /// <summary>Band-passed noise with a fast attack and an exponential decay (seconds).</summary>
    static void Burst(double[] y, int at, ref Pcg32 rng, double hz, double q, double attack, double decay, double amp)
    {
        var noise = new NoiseSource(NoiseSource.Split(ref rng));
        var f = Biquad.BandPass(Sr, hz, q);
        int n = Math.Min(y.Length - at, (int)(decay * 7 * Sr));
        for (int i = 0; i < n; i++)
        {
            double t = i / (double)Sr;
            double env = (1 - Math.Exp(-t / attack)) * Math.Exp(-t / decay);
            y[at + i] += amp * env * f.Process(noise.Next()) * 2;
        }
    }

    /// <summary>A damped sine: a body or a board ringing after the blow.</summary>
    static void Ring(double[] y, int at, double hz, double decay, double amp)
    {
        int n = Math.Min(y.Length - at, (int)(decay * 7 * Sr));
        for (int i = 0; i < n; i++)
        {
            double t = i / (double)Sr;
            y[at + i] += amp * Math.Sin(2 * Math.PI * hz * t) * Math.Exp(-t / decay) * Math.Min(1, t / 0.0005);
        }
    }

    /// <summary>Many tiny noise grains, thinning out over <paramref name="spread"/> seconds: crunch, crush, rustle.</summary>
    static void Grains(double[] y, int at, ref Pcg32 rng, int count, double spread, double hz, double q, double amp)
    {
        var noise = new NoiseSource(NoiseSource.Split(ref rng));
        for (int g = 0; g < count; g++)
        {
            // Exponentially distributed onsets: dense at the strike, sparse at the end.
            double t0 = -spread / 3 * Math.Log(1 - rng.NextDouble() * (1 - Math.Exp(-3)));
            int start = at + (int)(t0 * Sr);
            int len = (int)(rng.Range(0.0005, 0.002) * Sr);
            double a = amp * Math.Exp(-t0 / spread) * rng.Range(0.3, 1);
            var f = Biquad.BandPass(Sr, hz * rng.Range(0.7, 1.4), q);
            for (int i = 0; i < len + 96 && start + i < y.Length; i++)
            {
                double w = i < len ? Math.Sin(Math.PI * i / len) : 0;
                y[start + i] += a * f.Process(w * noise.Next()) * 3;
            }
        }
    }

    /// <summary>A rising sine that dies away: a droplet.</summary>
    static void Chirp(double[] y, int at, double fromHz, double toHz, double length, double amp)
    {
        int n = Math.Min(y.Length - at, (int)(length * Sr));
        double phase = 0;
        for (int i = 0; i < n; i++)
        {
            double u = i / (double)n;
            phase += 2 * Math.PI * (fromHz + (toHz - fromHz) * u) / Sr;
            y[at + i] += amp * Math.Sin(phase) * Math.Sin(Math.PI * u);
        }
    }

    /// <summary>Cloth moving: band-passed noise swelling and fading over a third of a second, with a little flutter.</summary>
    public static float[] Rustle(Pcg32 rng)
    {
        double length = rng.Range(0.3, 0.5);
        var y = new double[(int)(length * Sr)];
        var noise = new NoiseSource(NoiseSource.Split(ref rng));
        var f = Biquad.BandPass(Sr, rng.Range(2000, 3200), 0.6);
        var flutter = Biquad.LowPass(Sr, 25);
        var flutterNoise = new NoiseSource(NoiseSource.Split(ref rng));
        for (int i = 0; i < y.Length; i++)
        {
            double u = i / (double)y.Length;
            double env = Math.Pow(Math.Sin(Math.PI * u), 2);
            double mod = 0.5 + 4 * Math.Abs(flutter.Process(flutterNoise.Next()));
            y[i] = env * mod * f.Process(noise.Next());
        }
        return Normalise(y);
    }

    /// <summary>A chair taking weight: stick-slip pulses, their rate rising, ringing a wooden resonance.</summary>
    public static float[] Creak(Pcg32 rng)
    {
        double length = rng.Range(0.2, 0.35);
        var y = new double[(int)((length + 0.05) * Sr)];
        var body = Biquad.BandPass(Sr, rng.Range(420, 650), 9);
        var body2 = Biquad.BandPass(Sr, rng.Range(1100, 1500), 7);
        double from = rng.Range(35, 50), to = rng.Range(70, 110), phase = 0;
        int n = (int)(length * Sr);
        for (int i = 0; i < y.Length; i++)
        {
            double x = 0;
            if (i < n)
            {
                double u = i / (double)n;
                phase += (from + (to - from) * u) / Sr;
                if (phase >= 1) { phase -= 1; x = Math.Sin(Math.PI * u) * rng.Range(0.6, 1); }
            }
            y[i] = body.Process(x) + 0.4 * body2.Process(x);
        }
        return Normalise(y);
    }

    /// <summary>An object picked up or set down: a short knock with two hard modes and a click.</summary>
    public static float[] Handle(Pcg32 rng)
    {
        var y = new double[(int)(0.15 * Sr)];
        Burst(y, 0, ref rng, rng.Range(2500, 4000), 0.8, 0.0002, 0.003, 0.6);
        Ring(y, 0, rng.Range(700, 1100), 0.025, 0.5);
        Ring(y, 0, rng.Range(1700, 2400), 0.012, 0.3);
        return Normalise(y);
    }

    static float[] Normalise(double[] y)
    {
        double peak = 1e-12;
        foreach (double v in y) peak = Math.Max(peak, Math.Abs(v));
        // Trim the silent tail so the mixer does not walk it.
        int end = y.Length;
        while (end > 0 && Math.Abs(y[end - 1]) < peak * 1e-4) end--;
        var f = new float[end];
        for (int i = 0; i < end; i++) f[i] = (float)(y[i] / peak);
        int fade = Math.Min(96, end);
        for (int i = 0; i < fade; i++) f[end - 1 - i] *= (i + 0.5f) / fade;
        return f;
    }
}
