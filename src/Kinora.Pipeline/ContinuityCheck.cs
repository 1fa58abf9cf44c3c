using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using Kinora.Core;
using Kinora.Direction;
using Kinora.World;

namespace Kinora.Pipeline;

/// <summary>
/// The script supervisor's pass over a planned film, without rendering: every shot's camera built and measured
/// at the film's frame rate, and every present actor's feet and body sampled at every frame (one pose each,
/// never a whole WorldFrame), so a ten-minute film checks in seconds.
/// </summary>
public static class ContinuityCheck
{
    /// <summary>A body's footprint for overlaps: a vertical cylinder of this radius round its ground position, in metres.</summary>
    public const float BodyRadius = 0.2f;

    /// <summary>How far a prop may reach into the ground, the set or another prop before it counts as sunk in, in metres.</summary>
    public const float PropTolerance = 0.001f;

    /// <summary>How far a prop may reach into a person's body (capsules round their bones) before it counts, in metres.</summary>
    public const float PropBodyTolerance = 0.01f;

    public static ContinuityReport Run(FilmPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var world = plan.World;
        var production = plan.Production;
        var shots = plan.Shots.Shots;
        int fps = production.Bible.Format.Fps;

        // Tracks are pure functions of the plan; building them side by side changes nothing but the wait.
        var tracks = new CameraTrack[shots.Length];
        Parallel.For(0, shots.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount / 2, 1, 4) },
            i => tracks[i] = CameraTrack.For(shots[i], world));
        var coverage = CoverageReport.Compute(plan.Shots, tracks, world);

        var slide = new double[shots.Length];
        var overlaps = new int[shots.Length];
        var propOverlaps = new int[shots.Length];
        var propInBody = new int[shots.Length];
        var capsules = new List<Capsule>();
        double worstSlide = 0;
        string? worstWhere = null;
        int frames = production.FrameCount;
        int shot = 0;
        for (int s = 0; s < production.Scenes.Length; s++)
        {
            var scene = production.Scenes[s];
            var set = world.SetFor(s);
            float ground = set.Stage.Min.Y;
            var solid = set.Obstacles.Where(o => o.Max.Y > ground + 0.1f).ToArray();
            // The cast first, then the scene's background extras: both are measured for sliding feet and overlaps.
            var cast = world.BlockingFor(s).Tracks.Length;
            var extras = world.ExtrasFor(s).Extras;
            var names = world.BlockingFor(s).Tracks.Select(t => t.Name).Concat(extras.Select(e => e.Name)).ToArray();
            var previous = new BodyPose?[names.Length];
            var states = new ActorState?[names.Length];
            var riding = new VehicleTrack?[names.Length];
            var poses = new BodyPose?[names.Length];
            var centres = new Vector3[names.Length];
            var sitting = new Seat?[names.Length];
            // The scene's props in a rigid-body world of their own, posed frame by frame and measured for overlaps.
            var things = world.ThingsFor(s);
            var props = new RigidBodyWorld(0, things.Solids);
            foreach (var prop in things.Props) props.Add(prop.Design.Spec(prop.Id), things.PoseAt(prop, scene.Start), asleep: true);
            var propPoses = new RigidPose[things.Props.Count];
            int first = (int)Math.Ceiling(scene.Start * fps - 1e-9), end = Math.Min(frames, (int)Math.Ceiling(scene.End * fps - 1e-9));
            for (int n = first; n < end; n++)
            {
                double t = n / (double)fps;
                while (shot + 1 < shots.Length && t >= shots[shot].End - 1e-9) shot++;
                for (int a = 0; a < names.Length; a++)
                {
                    var performance = a < cast ? world.Performance(names[a], t) : SceneExtras.Perform(extras[a - cast], t);
                    states[a] = performance?.State;
                    riding[a] = performance is null || a >= cast ? null : world.VehicleOf(names[a], t);
                    var pose = performance?.Pose;
                    poses[a] = riding[a] is null ? pose : null;
                    if (pose is not null && previous[a] is { } before)
                    {
                        double left = before.LeftFootPlanted && pose.LeftFootPlanted ? Vector3.Distance(before.LeftAnkle, pose.LeftAnkle) : 0;
                        double right = before.RightFootPlanted && pose.RightFootPlanted ? Vector3.Distance(before.RightAnkle, pose.RightAnkle) : 0;
                        double cm = 100 * Math.Max(left, right);
                        slide[shot] = Math.Max(slide[shot], cm);
                        if (cm > worstSlide)
                        {
                            worstSlide = cm;
                            worstWhere = $"{names[a]} at {t.ToString("0.###", CultureInfo.InvariantCulture)} s ({shots[shot].Id})";
                        }
                    }
                    previous[a] = pose;
                }
                for (int p = 0; p < things.Props.Count; p++)
                {
                    var prop = things.Props[p];
                    propPoses[p] = things.PoseAt(prop, t);
                    if (prop.HolderAt(t) is not null) props.Hold(p, propPoses[p]);
                    else props.Place(p, propPoses[p]);
                }
                if (things.Props.Count > 0)
                {
                    propOverlaps[shot] += props.CountPenetrating(PropTolerance);
                    // Bodies as the rigid-body world sees them; a prop just let go of may still be leaving its releaser's hand.
                    capsules.Clear();
                    for (int a = 0; a < names.Length; a++)
                        if (poses[a] is { } body && states[a] is { } st) Capsule.Body(body, st.Height, a, capsules);
                    props.SetPeople(capsules);
                    for (int p = 0; p < things.Props.Count; p++)
                    {
                        int releaser = -1;
                        if (things.Props[p].HolderAt(t - RigidBodyWorld.PassTime) is { } held)
                            releaser = Array.FindIndex(names, n => string.Equals(n, held, StringComparison.OrdinalIgnoreCase));
                        props.PassThrough(p, releaser);
                    }
                    propInBody[shot] += props.CountInPeople(PropBodyTolerance);
                }
                // A seated body is over its seat, not over the feet it sat down from (two people across a booth's
                // table have their feet a hand apart under it).
                for (int a = 0; a < names.Length; a++)
                    if (states[a] is { } st)
                    {
                        var motion = (a < cast ? world.BlockingFor(s).Tracks[a] : extras[a - cast].Track).Sample(t);
                        centres[a] = motion.Seat is { } seat ? Vector3.Lerp(st.Position, seat.Position, motion.Sit) : st.Position;
                        sitting[a] = motion.Seat is { } on && motion.Sit > 0 ? on : null;
                    }
                for (int a = 0; a < names.Length; a++)
                {
                    if (states[a] is not { } body) continue;
                    for (int b = a + 1; b < names.Length; b++)
                        if (states[b] is not null && Horizontal(centres[a] - centres[b]) < 2 * BodyRadius) overlaps[shot]++;
                    // Someone in a vehicle (or climbing in or out) is where the vehicle carries them, not standing on the set.
                    if (riding[a] is not null) continue;
                    // A seated body is measured over its seat, against everything but the furniture it sits on (a booth's
                    // benches and table, under which its feet go by design).
                    foreach (var box in solid)
                        if (sitting[a] is not { } seat || !seat.Holds(box))
                            if (box.Min.Y < body.Position.Y + body.Height && Enters(centres[a], box)) overlaps[shot]++;
                    for (int p = 0; p < things.Props.Count; p++)
                    {
                        var bounds = things.Props[p].BoundsAt(propPoses[p]);
                        if (bounds.Max.Y > body.Position.Y + 0.01f && bounds.Min.Y < body.Position.Y + body.Height
                            && !string.Equals(things.Props[p].HolderAt(t), names[a], StringComparison.OrdinalIgnoreCase)
                            // a prop in flight is measured against the body's own shape (the capsules above), not its footprint
                            && !things.Props[p].FlyingAt(t)
                            && Enters(body.Position, bounds)) overlaps[shot]++;
                    }
                    foreach (var v in things.Vehicles.Vehicles)
                        if (Enters(body.Position, v.BoundsAt(t))) overlaps[shot]++;
                }
            }
        }

        var looks = new ShotContinuity[shots.Length];
        var dressing = new List<Instance>(64);
        for (int i = 0; i < shots.Length; i++)
        {
            double mid = (shots[i].Start + shots[i].End) / 2;
            var seen = ImmutableArray.CreateBuilder<CharacterLook>();
            int sceneIndex = production.Scenes.Select((sc, k) => (sc, k)).First(x => mid < x.sc.End || x.k == production.Scenes.Length - 1).k;
            foreach (var track in world.BlockingFor(sceneIndex).Tracks)
                if (world.Pose(track.Name, mid) is { } pose && world.Performer(track.Name) is { } body)
                    seen.Add(new CharacterLook(track.Name, Appearance(body, pose, dressing)));
            looks[i] = new ShotContinuity(shots[i].Id, slide[i], overlaps[i], seen.ToImmutable()) { PropInterpenetrations = propOverlaps[i], PropBodyInterpenetrations = propInBody[i] };
        }

        var characters = looks.SelectMany(l => l.Looks).GroupBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CharacterContinuity(g.Key, [.. g.Select(l => l.Hash).Distinct()], g.Count()))
            .OrderBy(c => c.Name, StringComparer.Ordinal).ToImmutableArray();
        var sun = production.Scenes.Select((scene, k) => Sun(world, scene, k, fps)).ToImmutableArray();

        var violations = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < shots.Length; i++)
        {
            foreach (var problem in coverage.Shots[i].Problems) violations.Add($"{shots[i].Id}: {problem}");
            if (looks[i].FootSlide >= ContinuityReport.FootSlideAllowed)
                violations.Add($"{shots[i].Id}: a planted foot slides {looks[i].FootSlide:0.0} cm between frames");
            if (looks[i].Interpenetrations > 0)
                violations.Add($"{shots[i].Id}: bodies overlap each other or the set in {looks[i].Interpenetrations} frame×pairs");
            if (looks[i].PropInterpenetrations > 0)
                violations.Add($"{shots[i].Id}: props sink into the ground, the set or each other in {looks[i].PropInterpenetrations} frame×props");
            if (looks[i].PropBodyInterpenetrations > 0)
                violations.Add($"{shots[i].Id}: props reach into someone's body in {looks[i].PropBodyInterpenetrations} frame×props");
        }
        foreach (var c in characters.Where(c => !c.Consistent))
            violations.Add($"film: {c.Name} changes appearance ({c.Hashes.Length} different looks)");
        foreach (var x in sun.Where(x => x.ElevationError > ContinuityReport.SunAllowed || x.AzimuthError > ContinuityReport.SunAllowed))
            violations.Add($"film: scene {x.Scene} ({x.Heading}): sun off the story clock by {x.ElevationError:0.00}° elevation, {x.AzimuthError:0.00}° azimuth");

        return new ContinuityReport(production.Bible.Title, production.Duration, fps, frames, coverage, [.. looks], characters, sun,
            worstSlide, worstWhere, overlaps.Sum(), violations.ToImmutable()) { PropInterpenetrations = propOverlaps.Sum(), PropBodyInterpenetrations = propInBody.Sum() };
    }

    static float Horizontal(Vector3 v) => MathF.Sqrt(v.X * v.X + v.Z * v.Z);

    /// <summary>Whether a body's footprint at ground position p reaches into the box seen from above.</summary>
    static bool Enters(Vector3 p, Aabb box)
    {
        float dx = Math.Max(Math.Max(box.Min.X - p.X, 0), p.X - box.Max.X);
        float dz = Math.Max(Math.Max(box.Min.Z - p.Z, 0), p.Z - box.Max.Z);
        return dx * dx + dz * dz < BodyRadius * BodyRadius;
    }

    /// <summary>
    /// A stable hash of how a character is drawn: the distinct materials the body is dressed in for this pose
    /// and the skeleton's proportions. Poses move primitives; they must not change what the person looks like.
    /// </summary>
    static string Appearance(Humanoid body, BodyPose pose, List<Instance> dressing)
    {
        dressing.Clear();
        body.Dress(pose, dressing);
        var text = new StringBuilder();
        foreach (var m in dressing.Select(d => Format(d.Material)).Distinct().Order(StringComparer.Ordinal)) text.Append(m).Append(';');
        var k = body.Skeleton;
        foreach (float f in new[] { k.Height, k.HipHeight, k.Thigh, k.Shin, k.Ankle, k.HipHalfWidth, k.ShoulderHalfWidth, k.UpperArm, k.Forearm, k.Spine, k.Neck, k.Head, k.Girth, k.Stoop })
            text.Append(f.ToString("R", CultureInfo.InvariantCulture)).Append(',');
        return StableHash.Of(text.ToString()).ToString("x16", CultureInfo.InvariantCulture);
    }

    static string Format(Material m) => string.Create(CultureInfo.InvariantCulture,
        $"{m.Albedo.X:R} {m.Albedo.Y:R} {m.Albedo.Z:R} {m.Roughness:R} {m.Metallic:R} {m.Emission.X:R} {m.Emission.Y:R} {m.Emission.Z:R} {m.Pattern}");

    /// <summary>The world's sun at a scene's first and last frame against SunPosition for the clock then.</summary>
    static SunCheck Sun(WorldModel world, Kinora.Production.ScenePlan scene, int index, int fps)
    {
        double last = Math.Max(scene.Start, Math.Ceiling(scene.End * fps - 1e-9) / fps - 1.0 / fps);
        double elevationError = 0, azimuthError = 0;
        SunCheck? atStart = null;
        foreach (double t in new[] { scene.Start, last })
        {
            var clock = scene.Clock.Plus((t - scene.Start) / 3600.0);
            var expected = SunPosition.At(scene.Location.Latitude, clock.DayOfYear, clock.Hour);
            var light = world.Sample(t).Light;
            double e = Degrees(light.SunElevation), a = Degrees(light.SunAzimuth);
            double de = Math.Abs(e - expected.ElevationDegrees);
            double da = Math.Abs(Math.IEEERemainder(a - expected.AzimuthDegrees, 360));
            elevationError = Math.Max(elevationError, de);
            if (expected.ElevationDegrees < 89) azimuthError = Math.Max(azimuthError, da);
            atStart ??= new SunCheck(index, scene.Heading, scene.Location.Latitude, scene.Clock, e, Mod360(a), expected.ElevationDegrees, Mod360(expected.AzimuthDegrees), 0, 0);
        }
        return atStart! with { ElevationError = elevationError, AzimuthError = azimuthError };
    }

    static double Degrees(double radians) => radians * 180 / Math.PI;

    static double Mod360(double degrees) => ((degrees % 360) + 360) % 360;
}
