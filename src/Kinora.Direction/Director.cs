using System.Collections.Immutable;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// Plans the film's coverage: one establishing shot to open each scene, then shots cut on the beats, with the
/// 180° line, the 30° rule, lens and move chosen per shot and a reason written down for each.
/// </summary>
public static class Director
{
    /// <summary>No shot is planned shorter than this, in seconds.</summary>
    public const double ShortestShot = 1.2;

    /// <summary>Beats longer than this are split into several shots, in seconds.</summary>
    public const double LongestShot = 8.0;

    /// <summary>
    /// The shot list for the whole film. Shots tile [0, Duration) exactly; ids are "sNNN-MM" (scene number from 1
    /// in film order, shot number within the scene from 1). Deterministic in the bible's seed.
    /// </summary>
    public static ShotList Plan(IWorldView world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var production = world.Production;
        var shots = ImmutableArray.CreateBuilder<Shot>();
        var locationsSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        double from = 0;
        for (int n = 0; n < production.Scenes.Length; n++)
        {
            var scene = production.Scenes[n];
            bool firstLook = locationsSeen.Add(scene.Location.Name);
            int first = shots.Count;
            shots.AddRange(new Coverage(world, scene, n + 1, firstLook).Shoot(from, Math.Max(from, scene.End)));
            // The screenplay's transition into the scene is the way into its first shot (the film's first opens on a cut).
            if (n > 0 && shots.Count > first) shots[first] = shots[first] with { TransitionIn = TransitionOf(scene.TransitionIn) };
            from = Math.Max(from, scene.End);
        }
        if (shots.Count > 0 && production.Scenes.Length > 0)
            shots[^1] = shots[^1] with { TransitionOut = TransitionOf(production.Scenes[^1].TransitionOut) == Transition.Fade ? Transition.Fade : Transition.Cut };
        return new ShotList(ShotReview.Review(shots.ToImmutable(), world));
    }

    static Transition TransitionOf(string screenplay) => screenplay switch
    {
        "FADE" => Transition.Fade,
        "DISSOLVE" => Transition.Dissolve,
        _ => Transition.Cut,
    };
}
