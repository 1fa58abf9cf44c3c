using System.Collections.Immutable;

namespace Kinora.Audio;

/// <summary>
/// The film's ambience: each scene's bed runs from just before its start to just after its end, and neighbours
/// crossfade with equal power (the beds are uncorrelated noise) over about half a second at each cut.
/// Only the beds that sound at the moment are alive, so memory does not grow with the film.
/// </summary>
internal sealed class AmbienceBed
{
    /// <summary>Half the crossfade at a scene change, in seconds.</summary>
    public const double HalfCrossfade = 0.25;
    /// <summary>Fade at the very start and end of the film, in seconds: no click on the first and last sample.</summary>
    const double EdgeFade = 0.01;

    readonly ImmutableArray<Kinora.Production.ScenePlan> scenes;
    readonly long seed;
    readonly long totalFrames;
    readonly Window[] windows;
    readonly SceneAmbience?[] live;
    float[] scratchL = [], scratchR = [];
    long position;

    /// <summary>Where a scene's bed sounds, in frames: [Begin, End), faded in over [Begin, FadeInEnd) and out over [FadeOutStart, End).</summary>
    readonly record struct Window(long Begin, long FadeInEnd, long FadeOutStart, long End);

    public AmbienceBed(Kinora.Production.Production production, long totalFrames)
    {
        scenes = production.Scenes;
        seed = production.Bible.Seed;
        this.totalFrames = totalFrames;
        windows = new Window[scenes.Length];
        live = new SceneAmbience?[scenes.Length];
        const int sr = AudioFormat.SampleRate;
        for (int i = 0; i < scenes.Length; i++)
        {
            var s = scenes[i];
            // Each cut's crossfade is centred on the cut, shortened when a neighbouring scene is very short.
            double xin = i == 0 ? 0 : Math.Min(HalfCrossfade, Math.Min(s.Duration, scenes[i - 1].Duration) / 2);
            double xout = i == scenes.Length - 1 ? 0 : Math.Min(HalfCrossfade, Math.Min(s.Duration, scenes[i + 1].Duration) / 2);
            long begin = Math.Max(0, (long)Math.Round((s.Start - xin) * sr));
            long fadeInEnd = i == 0 ? begin + (long)(EdgeFade * sr) : (long)Math.Round((s.Start + xin) * sr);
            long end = Math.Min(totalFrames, (long)Math.Round((s.End + xout) * sr));
            long fadeOutStart = i == scenes.Length - 1 ? end - (long)(EdgeFade * sr) : (long)Math.Round((s.End - xout) * sr);
            windows[i] = new Window(begin, Math.Max(begin, fadeInEnd), Math.Min(end, fadeOutStart), end);
        }
    }

    /// <summary>Writes the next left.Length frames of the film's ambience. Calls must be consecutive from frame 0.</summary>
    public void Render(Span<float> left, Span<float> right)
    {
        int n = left.Length;
        left.Clear();
        right.Clear();
        if (scratchL.Length < n) { scratchL = new float[n]; scratchR = new float[n]; }
        long from = position, to = position + n;
        for (int i = 0; i < windows.Length; i++)
        {
            var w = windows[i];
            if (w.End <= from || w.Begin >= to)
            {
                if (w.End <= from) live[i] = null;
                continue;
            }
            live[i] ??= SceneAmbience.For(scenes[i], seed);
            long a = Math.Max(from, w.Begin), b = Math.Min(to, w.End);
            int count = (int)(b - a), offset = (int)(a - from);
            var l = scratchL.AsSpan(0, count);
            var r = scratchR.AsSpan(0, count);
            live[i]!.Render(l, r);
            for (int k = 0; k < count; k++)
            {
                float g = Gain(w, a + k);
                left[offset + k] += l[k] * g;
                right[offset + k] += r[k] * g;
            }
            if (b == w.End) live[i] = null;
        }
        position = to;
    }

    static float Gain(Window w, long frame)
    {
        if (frame < w.FadeInEnd)
            return (float)Math.Sin(0.5 * Math.PI * (frame - w.Begin + 0.5) / (w.FadeInEnd - w.Begin));
        if (frame >= w.FadeOutStart)
            return (float)Math.Cos(0.5 * Math.PI * (frame - w.FadeOutStart + 0.5) / (w.End - w.FadeOutStart));
        return 1f;
    }
}
