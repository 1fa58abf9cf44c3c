using System.Collections.Immutable;
using System.Numerics;

namespace Kinora.World;

/// <summary>The world's things: props, doors and vehicles, and the state each set is left in from scene to scene.</summary>
public sealed partial class WorldModel
{
    readonly SceneProps[] things;
    readonly KiteFlight?[] kites;
    readonly Kite? kite;
    readonly Dictionary<string, SetState> setStates = new(StringComparer.Ordinal);

    /// <summary>
    /// Stages scene i in story order: the set starts as the last scene there left it (props where they came to
    /// rest, doors as they were left, vehicles where they were parked); people walk around those; then what
    /// the action does to the things is simulated, and the set's state is carried on.
    /// </summary>
    void Stage(int i, Kinora.Production.ScenePlan scene, SetGeometry set, string id, long seed)
    {
        var before = setStates.GetValueOrDefault(id) ?? SetState.Untouched;
        var cues = PropCue.Read(scene);
        var vehicles = VehicleStaging.Prepare(scene, set, before, cues, seed);
        var extra = vehicles.ParkedBounds.Concat(SceneProps.Footprints(before)).ToList();
        var walkable = extra.Count == 0 ? set : set with { Obstacles = set.Obstacles.AddRange(extra) };
        blocking[i] = new Blocking(scene, walkable, n => cast.GetValueOrDefault(n), seed, vehicles);
        var b = blocking[i];
        // A kite flies over whoever holds it in every exterior scene they are in; their right hand holds the line up.
        bool flying = kite is not null && !scene.Interior && !set.Interior && b.Track(kite.Holder) is not null && cast.ContainsKey(kite.Holder);
        if (flying) b.Track(kite!.Holder)!.AddCue(new ActorTrack.Cue(scene.Start, scene.End, "fly", null));
        things[i] = new SceneProps(scene, set, before, cues, b, vehicles,
            (name, t) => b.Track(name) is { } track && cast.TryGetValue(name, out var body) ? Perform(b, track, body, t).Pose : null, seed);
        setStates[id] = things[i].After;
        if (flying)
        {
            float wind = Weather.For(scene.Weather, scene.Clock.Hour, Vector3.One, false, seed + scene.Index).Wind;
            kites[i] = new KiteFlight(kite!, b.Track(kite!.Holder)!, cast[kite!.Holder].Skeleton.Height, wind,
                (name, t) => b.Track(name) is { } track && cast.TryGetValue(name, out var body) ? Perform(b, track, body, t).Pose : null, seed, i);
        }
        StageExtras(i, scene, set, id, seed);
    }

    /// <summary>The kite the screenplay gives someone, or null.</summary>
    public Kite? Kite => kite;

    /// <summary>The kite flying in scene i, or null when none flies there.</summary>
    public KiteFlight? KiteFor(int sceneIndex) => kites[sceneIndex];

    /// <summary>A subject the camera may frame at film time t: a character, or the kite in the air (<see cref="Kite.SubjectName"/>).</summary>
    public ActorState? Subject(string name, double t)
    {
        if (Actor(name, t) is { } someone) return someone;
        if (!string.Equals(name, Kite.SubjectName, StringComparison.OrdinalIgnoreCase) || Production.Scenes.Length == 0) return null;
        return kites[SceneIndexAt(t)]?.State(t);
    }

    /// <summary>Things flying in scene i that the camera may frame with whoever holds them: (subject name, holder).</summary>
    public IReadOnlyList<(string Thing, string Holder)> Airborne(int sceneIndex) =>
        kites[sceneIndex] is { } k ? [(Kite.SubjectName, k.Holder)] : [];

    /// <summary>The props, doors and vehicles of a scene.</summary>
    public SceneProps ThingsFor(int sceneIndex) => things[sceneIndex];

    /// <summary>The state scene i leaves its set in.</summary>
    public SetState StateAfter(int sceneIndex) => things[sceneIndex].After;

    /// <summary>The vehicle a character is in (or getting into or out of) at film time t, or null.</summary>
    public VehicleTrack? VehicleOf(string name, double t)
    {
        if (Production.Scenes.Length == 0) return null;
        return blocking[SceneIndexAt(t)].Track(name)?.VehicleAt(t);
    }

    /// <summary>The vehicles and boats of the scene playing at film time t, posed where they are then (see <see cref="IWorldView.Vehicles"/>).</summary>
    public IReadOnlyList<VehicleShape> Vehicles(double t)
    {
        if (Production.Scenes.Length == 0) return [];
        var staged = things[SceneIndexAt(t)].Vehicles.Vehicles;
        if (staged.Count == 0) return [];
        var shapes = new VehicleShape[staged.Count];
        var parts = new List<Instance>();
        for (int i = 0; i < shapes.Length; i++)
        {
            var v = staged[i];
            parts.Clear();
            v.Draw(t, parts);
            // The box holds every part, a mast above the hull included.
            var box = v.BoundsAt(t);
            foreach (var part in parts)
            {
                var b = VehicleStaging.BoundsOf(part);
                box = new Aabb(System.Numerics.Vector3.Min(box.Min, b.Min), System.Numerics.Vector3.Max(box.Max, b.Max));
            }
            shapes[i] = new VehicleShape(v.Id, v.Design.Kind, box, [.. parts]);
        }
        return shapes;
    }

    /// <summary>Where each prop of the scene playing at film time t is, by id.</summary>
    public ImmutableArray<(PropTrack Prop, RigidPose Pose)> PropsAt(double t)
    {
        if (Production.Scenes.Length == 0) return [];
        var scene = things[SceneIndexAt(t)];
        return [.. scene.Props.Select(p => (p, scene.PoseAt(p, t)))];
    }
}
