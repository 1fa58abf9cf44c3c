using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// The picture vehicles at one instant: the set's own parked cars and moored boats and the vehicles the scene stages,
/// where they stand or drive then. The crew keeps the camera out of them, counts them on the lens's sightlines, counts
/// a car's low flank in the foreground as it counts a set piece (<see cref="Foreground"/>), and keeps a boat's mast
/// off a face (<see cref="Tangents"/>).
/// </summary>
public sealed class PictureVehicles
{
    /// <summary>No vehicles.</summary>
    public static readonly PictureVehicles None = new([], 0);

    static readonly ConditionalWeakTable<SetGeometry, PictureVehicles> parked = new();

    readonly ImmutableArray<VehicleShape> shapes;

    /// <summary>How many of the shapes, from the first, are the set's own parked cars and moored boats.</summary>
    readonly int parkedCount;

    PictureVehicles(ImmutableArray<VehicleShape> shapes, int parkedCount)
    {
        this.shapes = shapes;
        this.parkedCount = parkedCount;
        Bounds = [.. shapes.Select(s => s.Bounds)];
        Volumes = shapes.IsEmpty ? SetVolumes.Empty : SetVolumes.Of([.. shapes.SelectMany(s => s.Parts)]);
        Uprights = [.. Tangents.Of(shapes.SelectMany(s => s.Parts))];
    }

    /// <summary>How many vehicles there are.</summary>
    public int Count => shapes.Length;

    /// <summary>Each vehicle's box in the world (metres).</summary>
    public ImmutableArray<Aabb> Bounds { get; }

    /// <summary>The parts of every vehicle by their true shapes, for sightlines and the foreground.</summary>
    public SetVolumes Volumes { get; }

    /// <summary>Whether vehicle i (in the order of <see cref="Bounds"/>) is one the set parks or moors, not one the scene stages.</summary>
    internal bool Parked(int i) => i < parkedCount;

    SetVolumes[]? each;

    /// <summary>Each vehicle's parts alone by their true shapes, in the order of <see cref="Bounds"/>; built on first use.</summary>
    internal IReadOnlyList<SetVolumes> Each => each ??= [.. shapes.Select(s => SetVolumes.Of(s.Parts))];

    /// <summary>Masts and other tall thin parts, which must not stand beside a face.</summary>
    internal Tangents.Upright[] Uprights { get; }

    /// <summary>The vehicles at film time t: the set's own parked cars and moored boats, and those the scene stages then.</summary>
    public static PictureVehicles At(IWorldView world, SetGeometry set, double t)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(set);
        var staged = world.Vehicles(t);
        if (staged.Count == 0) return Parked(set);
        return new([.. set.ParkedVehicles, .. staged], set.ParkedVehicles.Length);
    }

    /// <summary>The set's own parked cars and moored boats, worked out once a set.</summary>
    static PictureVehicles Parked(SetGeometry set) =>
        set.ParkedVehicles.IsDefaultOrEmpty ? None : parked.GetValue(set, s => new PictureVehicles(s.ParkedVehicles, s.ParkedVehicles.Length));

    /// <summary>
    /// These vehicles less any that people stand or sit in (metres, their positions): the car a subject drives is
    /// part of the shot of them, not something in its way.
    /// </summary>
    public PictureVehicles Without(IEnumerable<Vector3> people)
    {
        var inside = people.ToArray();
        if (inside.Length == 0 || shapes.IsEmpty) return this;
        // Within the box, and over the vehicle's own floor, hull or seats (a box turned across the axes holds much more
        // ground than the car does): a step beside the door still counts, a person beyond the bonnet's corner does not.
        bool Over(int i, Vector3 p)
        {
            var box = shapes[i].Bounds;
            foreach (var (dx, dz) in Steps)
            {
                var q = p + new Vector3(dx, 0, dz);
                if (Each[i].Blocks(q with { Y = box.Min.Y }, q with { Y = box.Max.Y })) return true;
            }
            return false;
        }
        bool Carries(int i) => inside.Any(p => shapes[i].Bounds.Inflate(Aboard).Contains(p with { Y = shapes[i].Bounds.Centre.Y }) && Over(i, p));
        var kept = Enumerable.Range(0, shapes.Length).Where(i => !Carries(i)).ToArray();
        if (kept.Length == shapes.Length) return this;
        return new PictureVehicles([.. kept.Select(i => shapes[i])], kept.Count(i => i < parkedCount));
    }

    /// <summary>How near a vehicle's box (metres) someone must be, on the ground, to count as riding in it.</summary>
    const float Aboard = 0.1f;

    /// <summary>Where about someone (metres on the ground) the vehicle's parts are looked for under them: a step's reach round.</summary>
    static readonly (float X, float Z)[] Steps = [(0, 0), (0.4f, 0), (-0.4f, 0), (0, 0.4f), (0, -0.4f)];

    /// <summary>Whether a camera at p (metres) stands inside a vehicle's box grown by margin metres.</summary>
    public bool Encloses(Vector3 p, float margin)
    {
        foreach (var box in Bounds)
            if (box.Inflate(margin).Contains(p)) return true;
        return false;
    }
}
