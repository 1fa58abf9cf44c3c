using System.Collections.Immutable;
using System.Numerics;
using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// The film's world: one set per location (built once from its recipe and seed), one actor per cast member,
/// light from the story clock, weather from the scene. Sample(t) is a pure function of film time.
/// </summary>
public sealed partial class WorldModel : IWorldView
{
    readonly Dictionary<string, SetGeometry> sets = new(StringComparer.Ordinal);
    readonly List<SetGeometry> setsInOrder = [];
    readonly Dictionary<string, Humanoid> cast = new(StringComparer.OrdinalIgnoreCase);
    readonly SetGeometry[] sceneSets;
    readonly Blocking[] blocking;
    readonly MouthTrack mouths = MouthTrack.Silent;

    public Kinora.Production.Production Production { get; }

    WorldModel(Kinora.Production.Production production)
    {
        Production = production;
        long seed = production.Bible.Seed;
        foreach (var member in production.Bible.Cast)
            cast.TryAdd(member.Name, new Humanoid(member, seed));
        sceneSets = new SetGeometry[production.Scenes.Length];
        blocking = new Blocking[production.Scenes.Length];
        things = new SceneProps[production.Scenes.Length];
        kites = new KiteFlight?[production.Scenes.Length];
        kite = Kite.Read(production);
        for (int i = 0; i < production.Scenes.Length; i++)
        {
            var scene = production.Scenes[i];
            string id = $"{scene.Location.Name}#{scene.Location.Seed}";
            if (!sets.TryGetValue(id, out var set))
            {
                string name = scene.Location.Name;
                set = SetBuilder.Build(scene.Location, exterior: production.Scenes.Where(s => s.Location.Name == name).All(s => !s.Interior));
                sets[id] = set;
                setsInOrder.Add(set);
            }
            sceneSets[i] = set;
            Stage(i, scene, set, id, seed);
        }
    }

    WorldModel(WorldModel other, MouthTrack mouths)
    {
        Production = other.Production;
        sets = other.sets;
        setsInOrder = other.setsInOrder;
        cast = other.cast;
        sceneSets = other.sceneSets;
        blocking = other.blocking;
        things = other.things;
        kites = other.kites;
        kite = other.kite;
        setStates = other.setStates;
        crowds = other.crowds;
        rosters = other.rosters;
        this.mouths = mouths;
    }

    /// <summary>
    /// The same world with the soundtrack's lip-sync: each character's mouth follows the keys while they speak.
    /// Sets, cast and blocking are shared, not rebuilt.
    /// </summary>
    public WorldModel Speaking(MouthTrack track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return new WorldModel(this, track);
    }

    /// <summary>The lip-sync this world's mouths follow (silent unless given by <see cref="Speaking"/>).</summary>
    public MouthTrack Mouths => mouths;

    /// <summary>Builds every set and actor of the production. Deterministic in the bible's seeds.</summary>
    public static WorldModel Build(Kinora.Production.Production production)
    {
        ArgumentNullException.ThrowIfNull(production);
        return new WorldModel(production);
    }

    /// <summary>Every distinct set of the film, in order of first appearance.</summary>
    public IReadOnlyList<SetGeometry> Sets => setsInOrder;

    /// <summary>The body a cast member is drawn with, or null if no one of that name is cast.</summary>
    public Humanoid? Performer(string name) => cast.GetValueOrDefault(name);

    /// <summary>What is where at film time t (seconds).</summary>
    public WorldFrame Sample(double t)
    {
        int index = SceneIndexAt(t);
        var scene = Production.Scenes[index];
        var set = sceneSets[index];
        var light = LightAt(scene, set, t);
        var atmosphere = Weather.For(scene.Weather, HourAt(scene, t).Hour, light.SkyHorizon, set.Interior, Production.Bible.Seed + scene.Index);

        var dynamic = new List<Instance>(set.NightGlow.Length);
        var actors = ImmutableArray.CreateBuilder<ActorState>(blocking[index].Tracks.Length);
        var figures = ImmutableArray.CreateBuilder<Figure>(blocking[index].Tracks.Length + ExtrasFor(index).Extras.Length);
        foreach (var track in blocking[index].Tracks)
        {
            var body = cast[track.Name];
            var (pose, state) = Perform(blocking[index], track, body, t);
            figures.Add(body.Figure(pose, mouths.Sample(track.Name, t)));
            actors.Add(state);
        }
        ExtrasFor(index).Draw(t, figures);
        things[index].Draw(t, dynamic);
        kites[index]?.Draw(t, dynamic);
        float glow = Daylight.LampLevel(light.SunElevation * 180 / Math.PI, Weather.Cloud(scene.Weather), set.Interior);
        if (glow > 0.01f)
            foreach (var g in set.NightGlow)
                dynamic.Add(g with { Material = g.Material with { Emission = g.Material.Emission * glow } });
        return new WorldFrame(t, index, set, [.. dynamic], light, atmosphere, actors.MoveToImmutable()) { Figures = figures.ToImmutable() };
    }

    /// <summary>The set a scene plays on (the same instance for every scene at that location).</summary>
    public SetGeometry SetFor(int sceneIndex) => sceneSets[sceneIndex];

    /// <summary>The state of a character at film time t, or null if they are not in the scene playing then.</summary>
    public ActorState? Actor(string name, double t)
    {
        if (Production.Scenes.Length == 0) return null;
        var b = blocking[SceneIndexAt(t)];
        if (b.Track(name) is not { } track || !cast.TryGetValue(name, out var body)) return null;
        return Perform(b, track, body, t).State;
    }

    /// <summary>A character's joints at film time t, or null if they are not in the scene playing then.</summary>
    public BodyPose? Pose(string name, double t)
    {
        if (Production.Scenes.Length == 0) return null;
        var b = blocking[SceneIndexAt(t)];
        if (b.Track(name) is not { } track || !cast.TryGetValue(name, out var body)) return null;
        return Perform(b, track, body, t).Pose;
    }

    /// <summary>
    /// A character's joints and state at film time t from one evaluation, or null if they are not in the scene
    /// playing then: what a continuity check samples at every frame without building whole WorldFrames.
    /// </summary>
    public (BodyPose Pose, ActorState State)? Performance(string name, double t)
    {
        if (Production.Scenes.Length == 0) return null;
        var b = blocking[SceneIndexAt(t)];
        if (b.Track(name) is not { } track || !cast.TryGetValue(name, out var body)) return null;
        return Perform(b, track, body, t);
    }

    /// <summary>The blocking of a scene: each present character's segments and cues.</summary>
    public Blocking BlockingFor(int sceneIndex) => blocking[sceneIndex];

    int SceneIndexAt(double t)
    {
        var scenes = Production.Scenes;
        if (scenes.Length == 0) throw new InvalidOperationException("the production has no scenes");
        for (int i = 0; i < scenes.Length; i++) if (t < scenes[i].End) return i;
        return scenes.Length - 1;
    }

    /// <summary>The story clock at film time t: the scene's clock advanced by the film time elapsed in it.</summary>
    static StoryTime HourAt(ScenePlan scene, double t) => scene.Clock.Plus(Math.Max(0, t - scene.Start) / 3600.0);

    /// <summary>The light at film time t: what Sample(t) lights the frame with, without building the frame.</summary>
    public Lighting LightAt(double t)
    {
        int index = SceneIndexAt(t);
        return LightAt(Production.Scenes[index], sceneSets[index], t);
    }

    Lighting LightAt(ScenePlan scene, SetGeometry set, double t)
    {
        var clock = HourAt(scene, t);
        return Daylight.For(scene.Location.Latitude, clock.DayOfYear, clock.Hour, scene.Weather, set);
    }

    (BodyPose Pose, ActorState State) Perform(Blocking b, ActorTrack track, Humanoid body, double t)
    {
        var m = track.Sample(t);
        float talk = track.CueWeight("talk", t, out var talkTo);
        float listen = track.CueWeight("listen", t, out var listenTo);
        float look = track.CueWeight("look", t, out var lookTo);
        float gesture = track.CueWeight("gesture", t, out var gestureTo);
        float reach = track.CueWeight("reach", t, out _);
        float fly = track.CueWeight("fly", t, out _);

        // The head turns toward whoever the strongest cue names, blended in by that cue's weight.
        float weight = 0;
        string? target = null;
        foreach (var (w, who) in new[] { (talk, talkTo), (listen, listenTo), (look, lookTo), (gesture, gestureTo) })
            if (who is not null && w > weight) { weight = w; target = who; }
        var fwd = new Vector3(-MathF.Sin(m.Facing), 0, -MathF.Cos(m.Facing));
        var ahead = m.Position + new Vector3(0, body.EyeHeight, 0) + fwd * 3f;
        Vector3 lookAt = ahead;
        if (target is not null && b.Track(target) is { } other && cast.TryGetValue(target, out var otherBody))
        {
            var om = other.Sample(t);
            var eyes = om.Position + new Vector3(0, otherBody.EyeHeight * (1 - 0.3f * om.Sit), 0);
            lookAt = Vector3.Lerp(ahead, eyes, weight);
        }
        var pose = body.Pose(m, t, lookAt, talk, gesture, reach, listen > 0.5f, fly);
        // The driver holds the wheel: whoever sits (or is climbing into) the first seat of a vehicle that has one.
        if (m.Seat is { } seat && m.Sit > 0 && track.VehicleAt(t) is { } vehicle && vehicle.Design.SteeringWheel is not null)
        {
            var (at, heading) = vehicle.Sample(t);
            if (Vector3.DistanceSquared(seat.Position, vehicle.Design.SeatAt(0, at, heading).Position) < 1e-4f
                && Steering.Grips(vehicle.Design, at, heading) is { } grips)
                pose = Steering.Grip(pose, body.Skeleton, grips, m.Sit);
        }

        const double dt = 1.0 / 240;
        var velocity = (track.Sample(t + dt).Position - track.Sample(t - dt).Position) / (float)(2 * dt);
        var state = new ActorState(track.Name, m.Position, m.Facing, pose.Eyes, body.Skeleton.Height, velocity, track.Speaking(t));
        return (pose, state);
    }
}
