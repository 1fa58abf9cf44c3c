namespace Kinora.Direction;

/// <summary>
/// What the picture is at one instant, as an editor lays it: the shot whose camera makes it, and during a
/// dissolve a second shot mixed over it (Mix is the second's share, 0..1; the renderer holds the second shot's
/// frame nearest the cut, since that shot's world lies on the other side of it); Gain below 1 takes it toward
/// black in a fade.
/// </summary>
public readonly record struct Picture(int Shot, int Other, float Mix, float Gain)
{
    public bool Mixed => Other >= 0 && Mix > 0;
}

/// <summary>
/// Lays the screenplay's transitions over the cuts. A dissolve or a fade is centred on its cut, so shot times
/// and the film's length stay exactly as the shot list says: the outgoing shot's last moments and the incoming
/// shot's first share the transition. Every picture is a function of the instant alone, so a segment starting
/// anywhere renders the same frames.
/// </summary>
public static class Cutting
{
    /// <summary>A dissolve's full length, in seconds, where both shots are long enough to give it.</summary>
    public const double DissolveSeconds = 1.0;

    /// <summary>A fade's length into black and out again, each, in seconds.</summary>
    public const double FadeSeconds = 0.5;

    /// <summary>How long the film holds black after its fade out, in seconds.</summary>
    public const double EndOnBlack = 0.125;

    /// <summary>The share of a shot a transition may take from either of its ends.</summary>
    const double MostOfShot = 0.4;

    /// <summary>The picture at film time t, which lies in shots[shot] (the shot a frame belongs to by its start).</summary>
    public static Picture At(IReadOnlyList<Shot> shots, int shot, double t)
    {
        ArgumentNullException.ThrowIfNull(shots);
        var here = shots[shot];
        float gain = 1;

        // Into this shot from the one before.
        if (here.TransitionIn != Transition.Cut)
        {
            double half = Half(here.TransitionIn, shot > 0 ? shots[shot - 1] : null, here);
            double since = t - here.Start;
            if (half > 0 && since < half)
            {
                if (here.TransitionIn == Transition.Fade) gain = Math.Min(gain, (float)(since / half));
                else if (shot > 0) return new Picture(shot, shot - 1, (float)(0.5 - 0.5 * since / half), 1);
            }
        }

        // Out of this shot into the next, or to black at the film's end.
        var next = shot + 1 < shots.Count ? shots[shot + 1] : null;
        var outgoing = next?.TransitionIn ?? here.TransitionOut;
        if (outgoing != Transition.Cut)
        {
            double half = Half(outgoing, here, next);
            double left = here.End - t;
            if (half > 0 && left < half)
            {
                // The film's own fade out lands on black a beat before the end and holds it.
                double black = next is null ? Math.Min(EndOnBlack, half / 2) : 0;
                if (outgoing == Transition.Fade) gain = Math.Min(gain, (float)Math.Max(0, (left - black) / (half - black)));
                else if (next is not null) return new Picture(shot, shot + 1, (float)(0.5 - 0.5 * left / half), 1);
            }
        }
        return new Picture(shot, -1, 0, Math.Clamp(gain, 0, 1));
    }

    /// <summary>How long (seconds) a transition takes on each side of its cut; the film's edges give it all it asks.</summary>
    static double Half(Transition transition, Shot? before, Shot? after)
    {
        double half = transition == Transition.Dissolve ? DissolveSeconds / 2 : FadeSeconds;
        if (before is not null) half = Math.Min(half, MostOfShot * before.Duration);
        if (after is not null) half = Math.Min(half, MostOfShot * after.Duration);
        return half;
    }
}
