using System.Numerics;
using Kinora.Core;
using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// The vehicles of one scene: those already parked at the location (from its <see cref="SetState"/>) and those the
/// action lines call for ("they drive", "boats leave the harbour"), each parked on the set's road or sea lane clear
/// of the marks and the dressing; the routes they drive or sail; and which seats are taken.
/// </summary>
public sealed class VehicleStaging
{
    /// <summary>The road's half length usable by a drive, in metres from the set's centre.</summary>
    const float RoadEnd = 62f;

    readonly List<VehicleTrack> vehicles = [];
    readonly Dictionary<int, List<PropCue>> cues = [];
    readonly Dictionary<VehicleTrack, int> seatsTaken = [];
    readonly SetGeometry set;

    public IReadOnlyList<VehicleTrack> Vehicles => vehicles;

    VehicleStaging(SetGeometry set) => this.set = set;

    public static VehicleStaging Prepare(ScenePlan scene, SetGeometry set, SetState state, IReadOnlyList<PropCue> sceneCues, long seed)
    {
        var staging = new VehicleStaging(set);
        foreach (var (id, (design, at, heading)) in state.Vehicles) staging.vehicles.Add(new VehicleTrack(id, design, at, heading));
        foreach (var cue in sceneCues)
        {
            if (cue.Verb is not (PropVerb.GetIn or PropVerb.Drive or PropVerb.GetOut)) continue;
            var kind = cue.Noun == "boat" ? VehicleKind.Boat : VehicleKind.Car;
            bool fresh = staging.For(kind) is null;
            if (fresh && staging.Park(kind, scene, cue, seed) is null) continue;
            // A car that first appears to be got out of ("they pull up outside and get out") arrives with everyone in it.
            if (fresh && kind == VehicleKind.Car && cue.Verb == PropVerb.GetOut) staging.Arrive(staging.For(kind)!, scene, cue);
            if (!staging.cues.TryGetValue(cue.BeatIndex, out var list)) staging.cues[cue.BeatIndex] = list = [];
            list.Add(cue);
        }
        return staging;
    }

    public IReadOnlyList<PropCue> CuesFor(int beatIndex) => cues.TryGetValue(beatIndex, out var list) ? list : [];

    public VehicleTrack? For(VehicleKind kind) => vehicles.FirstOrDefault(v => v.Design.Kind == kind);

    readonly HashSet<VehicleTrack> arriving = [];

    /// <summary>How far up the road an arriving car starts, in metres.</summary>
    const float Approach = 40f;

    /// <summary>Footprints of the vehicles where they stand at the start of the scene and, for one that arrives, where it parks: obstacles for the people walking.</summary>
    public IEnumerable<Aabb> ParkedBounds => vehicles.SelectMany(v => arriving.Contains(v)
        ? new[] { v.Design.Bounds(v.Home, v.HomeHeading), v.Design.Bounds(v.Parked.At, v.Parked.Heading) }
        : [v.Design.Bounds(v.Home, v.HomeHeading)]);

    /// <summary>Whether the vehicle drives onto the set at the start of the scene with its riders already aboard.</summary>
    public bool Arrives(VehicleTrack v) => arriving.Contains(v);

    /// <summary>
    /// Turns a car parked for the scene into one that arrives: it starts up the road, drives along its lane and
    /// stops at its spot just as the line that gets everyone out begins (at least 5.6 s of driving, easing in and out).
    /// </summary>
    void Arrive(VehicleTrack parked, ScenePlan scene, PropCue cue)
    {
        var (spot, heading) = parked.Parked;
        var forward = new Vector3(-MathF.Sin(heading), 0, -MathF.Cos(heading));
        var from = spot - forward * Approach;
        var car = new VehicleTrack(parked.Id, parked.Design, from, heading);
        double stop = cue.BeatIndex < scene.Beats.Length ? scene.Beats[cue.BeatIndex].Start : scene.Start;
        double time = Math.Clamp(stop - scene.Start, 5.6, 9.0);
        double start = Math.Max(scene.Start, stop - time);
        car.Add(new VehicleTrack.Drive(start, start + time, new Walkway([from, spot])));
        vehicles[vehicles.IndexOf(parked)] = car;
        arriving.Add(car);
    }

    /// <summary>The next free seat of a vehicle, or −1 when it is full.</summary>
    public int TakeSeat(VehicleTrack v)
    {
        int taken = seatsTaken.GetValueOrDefault(v);
        if (taken >= v.Design.SeatFronts.Length) return -1;
        seatsTaken[v] = taken + 1;
        return taken;
    }

    /// <summary>
    /// Where the vehicle can go from where it is parked: a car along its lane to the far end of the road, a boat
    /// out of the harbour in a wide turn to open sea. Null where the set has no road or water for it.
    /// </summary>
    public Walkway? RouteFrom(VehicleTrack v)
    {
        var (at, heading) = v.Parked;
        var forward = new Vector3(-MathF.Sin(heading), 0, -MathF.Cos(heading));
        if (v.Design.Kind == VehicleKind.Car)
        {
            float dir = MathF.Sign(forward.X) == 0 ? 1 : MathF.Sign(forward.X);
            float remaining = dir > 0 ? RoadEnd - at.X : at.X + RoadEnd;
            if (remaining < 5) return null;
            return new Walkway([at, at + new Vector3(dir * remaining, 0, 0)]);
        }
        // A boat: straight on for a few metres, a quarter turn of 12 m radius out to sea (−Z), then open water.
        var points = new List<Vector3> { at, at + forward * 4 };
        var side = new Vector3(0, 0, -1);
        var centre = points[^1] + side * 12;
        float start = MathF.Atan2(points[^1].Z - centre.Z, points[^1].X - centre.X);
        float sweep = forward.X >= 0 ? -MathF.PI / 2 : MathF.PI / 2;
        for (int i = 1; i <= 12; i++)
        {
            float a = start + sweep * i / 12;
            points.Add(new Vector3(centre.X + 12 * MathF.Cos(a), at.Y, centre.Z + 12 * MathF.Sin(a)));
        }
        points.Add(points[^1] + side * 60);
        return new Walkway(points);
    }

    /// <summary>Parks a new vehicle for the scene on the set's lane, or returns null where there is none.</summary>
    VehicleTrack? Park(VehicleKind kind, ScenePlan scene, PropCue cue, long seed)
    {
        if (set.Interior) return null;
        var text = cue.BeatIndex < scene.Beats.Length ? scene.Beats[cue.BeatIndex].Text : "";
        // The film's car is one car wherever it goes: its paint comes from the film's seed, not the place.
        var dice = Pcg32.For(seed, $"vehicle:{kind}");
        Rgb? named = null;
        foreach (var (word, colour) in Vocabulary.Colours)
            if (Vocabulary.HasWord(text, word)) { named = colour; break; }
        Rgb[] paints = [new(222, 208, 170), new(150, 30, 34), new(40, 110, 110), new(34, 46, 90), new(200, 200, 196)];
        var rgb = named ?? paints[dice.Next(paints.Length)];
        VehicleDesign design;
        float laneZ, y = 0, heading = -MathF.PI / 2;   // heading east (+X)
        if (kind == VehicleKind.Car)
        {
            design = VehicleDesign.Car(Palette.Shiny(rgb.R, rgb.G, rgb.B, 0.3f, 0.3f));
            laneZ = set.Kind switch
            {
                LocationKind.Road => 1.75f,
                LocationKind.Street => 2f,
                LocationKind.Diner => set.Stage.Min.Z + 2.6f,   // the drive before the diner's door
                _ => set.Stage.Min.Z - 3f,
            };
        }
        else
        {
            if (set.Kind is not (LocationKind.Harbour or LocationKind.Beach)) return null;
            design = VehicleDesign.Boat(Palette.Matte(rgb.R, rgb.G, rgb.B));
            laneZ = set.Kind == LocationKind.Harbour ? -14.2f : -12.5f;
            y = -0.3f;
        }
        var centre = set.Stage.Centre;
        for (int i = 0; i < 40; i++)
        {
            float x = centre.X + (i % 2 == 0 ? 1 : -1) * (i / 2) * 1.5f;
            var at = new Vector3(x, y, laneZ);
            var bounds = design.Bounds(at, heading);
            if (!Clear(bounds)) continue;
            var v = new VehicleTrack(kind == VehicleKind.Car ? "car" : "boat", design, at, heading);
            vehicles.Add(v);
            return v;
        }
        return null;
    }

    /// <summary>Whether a footprint keeps clear of the marks, the obstacles and the set's dressing.</summary>
    bool Clear(Aabb bounds)
    {
        var wide = bounds.Inflate(0.7f);
        foreach (var m in set.Marks)
            if (m.X > wide.Min.X && m.X < wide.Max.X && m.Z > wide.Min.Z && m.Z < wide.Max.Z) return false;
        foreach (var o in set.Obstacles)
            if (Overlap(o, bounds.Inflate(0.3f))) return false;
        foreach (var inst in set.Instances)
        {
            if (inst.Shape == Primitive.Plane) continue;
            var box = BoundsOf(inst);
            var size = box.Size;
            if (size.X > 20 || size.Z > 20 || box.Max.Y < bounds.Min.Y + 0.15f || box.Min.Y > bounds.Max.Y) continue;
            if (Overlap(box, bounds.Inflate(0.2f))) return false;
        }
        foreach (var v in vehicles)
            if (Overlap(v.Design.Bounds(v.Home, v.HomeHeading), bounds.Inflate(0.5f))) return false;
        return true;
    }

    static bool Overlap(Aabb a, Aabb b) =>
        a.Min.X < b.Max.X && a.Max.X > b.Min.X && a.Min.Y < b.Max.Y && a.Max.Y > b.Min.Y && a.Min.Z < b.Max.Z && a.Max.Z > b.Min.Z;

    /// <summary>The world box round a unit primitive's instance.</summary>
    public static Aabb BoundsOf(Instance inst)
    {
        var m = inst.Transform;
        var centre = new Vector3(m.M41, m.M42, m.M43);
        var half = 0.5f * new Vector3(
            MathF.Abs(m.M11) + MathF.Abs(m.M21) + MathF.Abs(m.M31),
            MathF.Abs(m.M12) + MathF.Abs(m.M22) + MathF.Abs(m.M32),
            MathF.Abs(m.M13) + MathF.Abs(m.M23) + MathF.Abs(m.M33));
        return new Aabb(centre - half, centre + half);
    }
}
