using System.Collections.Immutable;
using System.Diagnostics;
using System.Numerics;
using Kinora.Core;
using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// Dresses a set: recipes (one per <see cref="LocationKind"/>) place primitives, obstacles, seats and lamps
/// through it, then <see cref="Finish"/> picks marks on the clear part of the stage. All dice come from one
/// stream seeded by the location, so the same location always yields the same set.
/// </summary>
public sealed class SetBuilder
{
    /// <summary>How far a mark keeps from any obstacle, in metres (a body's radius plus elbow room).</summary>
    public const float MarkClearance = 0.6f;

    readonly List<Instance> instances = [];
    readonly List<Aabb> obstacles = [];
    readonly List<Instance> glow = [];
    readonly List<PointLight> lamps = [];
    readonly List<Beacon> beacons = [];
    readonly List<Aabb> landmarks = [];
    readonly List<SetPlace> places = [];
    readonly List<Seat> seats = [];
    readonly List<Vector3> windows = [];
    readonly List<Door> doors = [];
    readonly List<VehicleShape> parked = [];

    /// <summary>The set's dice; recipes draw from it in a fixed order.</summary>
    public Pcg32 Dice;

    /// <summary>The season the set is dressed for: outdoor leaves and grass take its colour.</summary>
    public Season Season { get; init; } = Season.Summer;

    /// <summary>Tree leaves for the season: fresh in spring, deep green in summer, rust in autumn, bare brown twigs in winter.</summary>
    public Material Leaves => Season switch
    {
        Season.Spring => Palette.Matte(84, 132, 52, 8),
        Season.Autumn => Palette.Matte(168, 92, 34, 8),
        Season.Winter => Palette.Matte(92, 80, 66, 8),
        _ => Palette.Leaves,
    };

    /// <summary>Grass for the season: straw-pale in winter and late autumn.</summary>
    public Material Grass => Season switch
    {
        Season.Spring => Palette.Matte(86, 132, 54, 1),
        Season.Autumn => Palette.Matte(112, 112, 58, 1),
        Season.Winter => Palette.Matte(126, 120, 88, 1),
        _ => Palette.Grass,
    };

    public string Id { get; }
    public bool Interior { get; set; }
    public float CeilingHeight { get; set; }
    public Aabb Stage { get; set; }

    public SetBuilder(string id, long seed)
    {
        Id = id;
        Dice = Pcg32.For(seed, "set:" + id);
    }

    /// <summary>
    /// Builds the set a location's recipe and seed describe. The same spec gives an equal set every time. A place
    /// whose every scene is exterior though its kind is a room (EXT. DINER - PARKING LOT) is built from outside.
    /// </summary>
    public static SetGeometry Build(LocationSpec spec, bool exterior = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var b = new SetBuilder($"{spec.Name}#{spec.Seed}", spec.Seed) { Season = spec.Season };
        switch (spec.Kind)
        {
            case LocationKind.Street: StreetSet.Dress(b); break;
            case LocationKind.Alley: AlleySet.Dress(b); break;
            case LocationKind.Interior: RoomSet.Dress(b); break;
            case LocationKind.Office: OfficeSet.Dress(b); break;
            case LocationKind.Kitchen: KitchenSet.Dress(b); break;
            case LocationKind.Diner when exterior: DinerOutsideSet.Dress(b); break;
            case LocationKind.Diner: DinerSet.Dress(b); break;
            case LocationKind.Warehouse: WarehouseSet.Dress(b); break;
            case LocationKind.Forest: ForestSet.Dress(b); break;
            case LocationKind.Meadow: MeadowSet.Dress(b); break;
            case LocationKind.Beach: CoastSet.Dress(b, harbour: false); break;
            case LocationKind.Harbour: CoastSet.Dress(b, harbour: true); break;
            case LocationKind.Desert: DesertSet.Dress(b); break;
            case LocationKind.Road: RoadSet.Dress(b); break;
            case LocationKind.Island: IslandSet.Dress(b); break;
            default: throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "no recipe for this kind of set");
        }
        return b.Finish(spec.Kind);
    }

    public int Count => instances.Count;

    /// <summary>Places a unit primitive scaled to size (metres), turned by yaw (radians about +Y), centred at centre.</summary>
    public void Add(Primitive shape, Vector3 centre, Vector3 size, Material m, float yaw = 0) =>
        instances.Add(new Instance(shape, Place(centre, size, Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw)), m));

    public void Add(Primitive shape, Vector3 centre, Vector3 size, Material m, Quaternion rotation) =>
        instances.Add(new Instance(shape, Place(centre, size, rotation), m));

    public static Matrix4x4 Place(Vector3 centre, Vector3 size, Quaternion rotation) =>
        Matrix4x4.CreateScale(size) * Matrix4x4.CreateFromQuaternion(rotation) * Matrix4x4.CreateTranslation(centre);

    public void Box(Vector3 centre, Vector3 size, Material m, float yaw = 0) => Add(Primitive.Box, centre, size, m, yaw);

    /// <summary>A box people and cameras cannot enter; its obstacle is the box's axis-aligned bound.</summary>
    public void Solid(Vector3 centre, Vector3 size, Material m, float yaw = 0)
    {
        Box(centre, size, m, yaw);
        Block(centre, size, yaw);
    }

    /// <summary>An obstacle with no geometry of its own (the footprint of something built from many parts).</summary>
    public void Block(Vector3 centre, Vector3 size, float yaw = 0)
    {
        float c = MathF.Abs(MathF.Cos(yaw)), s = MathF.Abs(MathF.Sin(yaw));
        var half = new Vector3(size.X * c + size.Z * s, size.Y, size.X * s + size.Z * c) * 0.5f;
        obstacles.Add(new Aabb(centre - half, centre + half));
    }

    /// <summary>A vertical cylinder standing on baseCentre.</summary>
    public void Cylinder(Vector3 baseCentre, float radius, float height, Material m) =>
        Add(Primitive.Cylinder, baseCentre + new Vector3(0, height / 2, 0), new Vector3(radius * 2, height, radius * 2), m);

    public void Cone(Vector3 baseCentre, float radius, float height, Material m) =>
        Add(Primitive.Cone, baseCentre + new Vector3(0, height / 2, 0), new Vector3(radius * 2, height, radius * 2), m);

    public void Sphere(Vector3 centre, Vector3 size, Material m, float yaw = 0) => Add(Primitive.Sphere, centre, size, m, yaw);

    /// <summary>A horizontal quad (facing +Y) of the given extent.</summary>
    public void Plane(Vector3 centre, float sizeX, float sizeZ, Material m) => Add(Primitive.Plane, centre, new Vector3(sizeX, 1, sizeZ), m);

    /// <summary>A cylinder lying along X (yaw 0) or turned by yaw: wheels, logs, pipes.</summary>
    public void Lying(Vector3 centre, float radius, float length, Material m, float yaw = 0) =>
        Add(Primitive.Cylinder, centre, new Vector3(radius * 2, length, radius * 2), m,
            Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw) * Quaternion.CreateFromAxisAngle(Vector3.UnitZ, MathF.PI / 2));

    /// <summary>An instance that glows only when the lamps are on (a lit window, a bulb).</summary>
    public void Glow(Primitive shape, Vector3 centre, Vector3 size, Material lit, float yaw = 0) =>
        glow.Add(new Instance(shape, Place(centre, size, Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw)), lit));

    /// <summary>A practical light: position in metres, linear colour times intensity, range in metres.</summary>
    public void Lamp(Vector3 position, Vector3 colour, float range) => lamps.Add(new PointLight(position, colour, range));

    /// <summary>A rotating beacon (a lighthouse's lamp); see <see cref="Kinora.World.Beacon"/>.</summary>
    public void Beacon(Beacon beacon) => beacons.Add(beacon);

    /// <summary>Names a box (metres) as one of the set's landmarks, which an establishing shot holds whole.</summary>
    public void Landmark(Aabb bounds) => landmarks.Add(bounds);

    /// <summary>Names a part of the set the story may send someone to: the point it is about, the mark they stand on and the way they face there.</summary>
    public void NamedPlace(string name, Vector3 thing, Vector3 mark, float facing) => places.Add(new SetPlace(name, thing, mark with { Y = 0 }, facing));

    /// <summary>How many instances the set has so far: where a piece of dressing built from many parts begins.</summary>
    public int InstanceCount => instances.Count;

    /// <summary>Names the instances added since index first as one parked vehicle of the set (a car at the kerb, a moored boat).</summary>
    public void Parked(VehicleKind kind, int first)
    {
        var parts = instances.Skip(first).ToImmutableArray();
        if (parts.IsEmpty) return;
        var box = VehicleStaging.BoundsOf(parts[0]);
        foreach (var part in parts)
        {
            var b = VehicleStaging.BoundsOf(part);
            box = new Aabb(Vector3.Min(box.Min, b.Min), Vector3.Max(box.Max, b.Max));
        }
        parked.Add(new VehicleShape($"parked-{kind.ToString().ToLowerInvariant()}-{parked.Count + 1}", kind, box, parts));
    }

    public void AddSeat(Seat seat) => seats.Add(seat);

    public void Window(Vector3 centre) => windows.Add(centre);

    /// <summary>A hinged door leaf (drawn by the world at its opening angle, not part of the static set).</summary>
    public void AddDoor(Door door) => doors.Add(door);

    public IReadOnlyList<Aabb> Obstacles => obstacles;

    /// <summary>Distance in the ground plane from p to the nearest obstacle that reaches below head height, in metres.</summary>
    public static float Clearance(IReadOnlyList<Aabb> obstacles, Vector3 p)
    {
        float best = float.MaxValue;
        foreach (var o in obstacles)
        {
            if (o.Min.Y > 2.0f || o.Max.Y < 0.05f) continue;
            float dx = MathF.Max(MathF.Max(o.Min.X - p.X, p.X - o.Max.X), 0);
            float dz = MathF.Max(MathF.Max(o.Min.Z - p.Z, p.Z - o.Max.Z), 0);
            best = MathF.Min(best, MathF.Sqrt(dx * dx + dz * dz));
        }
        return best;
    }

    /// <summary>Whether a recipe's point is clear enough for a person to stand (used to scatter props off the paths).</summary>
    public bool IsClear(Vector3 p, float margin) => Clearance(obstacles, p) >= margin;

    /// <summary>
    /// Seals the set. Marks: a close group near the stage centre (people who talk stand 1.6–2.5 m apart),
    /// then a few far spots to walk to and enter from, all at least <see cref="MarkClearance"/> from obstacles.
    /// </summary>
    public SetGeometry Finish(LocationKind kind)
    {
        var stage = Stage;
        var candidates = new List<Vector3>();
        const float step = 0.25f;
        for (float z = stage.Min.Z + 0.5f; z <= stage.Max.Z - 0.5f; z += step)
            for (float x = stage.Min.X + 0.5f; x <= stage.Max.X - 0.5f; x += step)
            {
                var p = new Vector3(x, 0, z);
                if (Clearance(obstacles, p) < MarkClearance) continue;
                bool nearSeat = false;
                foreach (var s in seats) if (Vector2.Distance(new(s.Position.X, s.Position.Z), new(x, z)) < 0.9f) nearSeat = true;
                if (!nearSeat) candidates.Add(p);
            }
        if (candidates.Count == 0) throw new InvalidOperationException($"set {Id}: no clear ground on the stage");

        var centre = new Vector3(stage.Centre.X, 0, stage.Centre.Z);
        var marks = new List<Vector3> { Nearest(candidates, centre) };
        while (marks.Count < 4)
        {
            Vector3? pick = null;
            float best = float.MaxValue;
            foreach (var c in candidates)
            {
                float nearest = marks.Min(m => Vector3.Distance(m, c));
                if (nearest < 1.7f) continue;
                float score = Vector3.Distance(c, marks[0]) + 0.3f * marks.Sum(m => Vector3.Distance(m, c));
                if (score < best) { best = score; pick = c; }
            }
            if (pick is null) break;
            marks.Add(pick.Value);
        }
        while (marks.Count < 7)
        {
            Vector3? pick = null;
            float best = 2.0f;
            foreach (var c in candidates)
            {
                float nearest = marks.Min(m => Vector3.Distance(m, c));
                if (nearest > best) { best = nearest; pick = c; }
            }
            if (pick is null) break;
            marks.Add(pick.Value);
        }
        Debug.Assert(marks.Count >= 4, $"set {Id} has too little clear ground for marks");

        return new SetGeometry(Id, [.. instances], stage, [.. obstacles], [.. marks], Interior, Interior ? CeilingHeight : 0f)
        {
            Practicals = [.. lamps],
            Beacons = [.. beacons],
            Landmarks = [.. landmarks],
            Places = [.. places],
            NightGlow = [.. glow],
            Seats = [.. seats],
            Windows = [.. windows],
            Doors = [.. doors],
            ParkedVehicles = [.. parked],
            Volumes = SetVolumes.Of([.. instances]),
            Kind = kind,
        };
    }

    static Vector3 Nearest(List<Vector3> points, Vector3 to)
    {
        var best = points[0];
        foreach (var p in points) if (Vector3.DistanceSquared(p, to) < Vector3.DistanceSquared(best, to)) best = p;
        return best;
    }
}
