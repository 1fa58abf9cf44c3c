using Kinora.Production;

namespace Kinora.Direction;

/// <summary>
/// The rule for shots.yaml against a fresh plan: a person's edits win while they still fit the film. An edited
/// list is kept when its shots tile [0, Duration) (the last cut may be off by under half a frame; it is re-timed
/// onto the film's end) and each shot lies inside the scene it names; otherwise the planner's list stands and
/// Note says why, so the command line can tell the person their edits no longer apply.
/// </summary>
public sealed record ShotListMerge(ShotList Shots, bool KeptEdits, string Note)
{
    /// <summary>The full rule: tiling against the film's length, and each shot inside the scene it names.</summary>
    public static ShotListMerge Resolve(ShotList planned, ShotList? edited, Kinora.Production.Production production)
    {
        ArgumentNullException.ThrowIfNull(production);
        return Resolve(planned, edited, production.Duration, production.Scenes, production.Bible.Format.Fps);
    }

    /// <summary>
    /// The rule against a film of the given length in seconds; with scenes, each shot must also lie inside the scene
    /// it names. fps sets the tolerance (half a frame) and the shortest shot (one frame).
    /// </summary>
    public static ShotListMerge Resolve(ShotList planned, ShotList? edited, double duration,
        IReadOnlyList<ScenePlan>? scenes = null, int fps = 24)
    {
        ArgumentNullException.ThrowIfNull(planned);
        if (edited is null) return new(planned, false, "no shots.yaml; using the planner's shots");
        if (edited.Shots.IsDefaultOrEmpty) return new(planned, false, "shots.yaml lists no shots; using the planner's shots");

        double halfFrame = 0.5 / Math.Max(1, fps);
        var shots = edited.Shots;
        if (Math.Abs(shots[0].Start) > halfFrame)
            return Rejected(planned, $"shots.yaml starts at {shots[0].Start:0.###} s, not at 0");
        for (int i = 1; i < shots.Length; i++)
            if (Math.Abs(shots[i].Start - shots[i - 1].End) > halfFrame)
                return Rejected(planned, $"shot {shots[i].Id} does not start where {shots[i - 1].Id} ends");
        if (Math.Abs(shots[^1].End - duration) > halfFrame)
            return Rejected(planned, $"shots.yaml ends at {shots[^1].End:0.###} s but the film now runs {duration:0.###} s");

        // Re-time onto exact cuts: the film's start and end, each start on the previous end.
        var retimed = new Shot[shots.Length];
        for (int i = 0; i < shots.Length; i++)
        {
            double start = i == 0 ? 0 : retimed[i - 1].End;
            double end = i == shots.Length - 1 ? duration : shots[i].End;
            retimed[i] = shots[i] with { Start = start, End = end };
            if (!(end - start >= 1.0 / Math.Max(1, fps)))
                return Rejected(planned, $"shot {shots[i].Id} is shorter than a frame");
            if (scenes is null) continue;
            var scene = scenes.FirstOrDefault(s => s.Index == shots[i].Scene);
            if (scene is null)
                return Rejected(planned, $"shot {shots[i].Id} names scene {shots[i].Scene}, which the film no longer has");
            if (start < scene.Start - halfFrame || end > scene.End + halfFrame)
                return Rejected(planned, $"shot {shots[i].Id} runs outside scene {shots[i].Scene} ({scene.Start:0.###}–{scene.End:0.###} s)");
        }
        return new(new ShotList([.. retimed]), true, $"kept the edited shots.yaml ({retimed.Length} shots)");
    }

    static ShotListMerge Rejected(ShotList planned, string why) =>
        new(planned, false, why + "; using the planner's shots instead (shots.yaml will be rewritten: edit the new one)");
}
