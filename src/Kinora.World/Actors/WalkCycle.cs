using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Footfalls along a walkway. Feet are placed by distance walked, not by time: a foot lands at a fixed point
/// and stays there until it lifts, so a planted foot cannot slide whatever the body's speed does. The body
/// leads a landing foot by Duty × step and trails it by the same at lift-off (walk duty 0.6: double support;
/// run duty 0.35: flight).
/// </summary>
public sealed class WalkCycle
{
    readonly record struct Step(bool Left, Vector3 Point, float Lift, float Land);

    readonly Walkway way;
    readonly List<Step> steps = [];
    readonly Vector3 leftStart, rightStart;

    /// <summary>Step length in metres (half a stride).</summary>
    public float StepLength { get; }

    /// <summary>Half the distance between the feet, in metres.</summary>
    public float Track { get; }

    /// <summary>How high a swinging foot rises, in metres.</summary>
    public float Clearance { get; }

    public WalkCycle(Walkway way, float stepLength, float duty, float track, float clearance)
    {
        this.way = way;
        Track = track;
        Clearance = clearance;
        float total = way.Length;
        int n = Math.Max(1, (int)MathF.Ceiling(total / stepLength));
        float l = total / n;
        StepLength = l;
        leftStart = FootPoint(0, true);
        rightStart = FootPoint(0, false);
        float previousLand = 0;
        for (int k = 1; k <= n + 1; k++)
        {
            bool left = k % 2 == 0;
            float d = k <= n ? k * l : total;
            float land = k <= n ? d - duty * l : total;
            float lift = k <= n ? land - 2 * (1 - duty) * l : previousLand;
            land = MathF.Min(land, total - (k <= n ? 0.25f * l : 0));
            lift = MathF.Max(lift, previousLand);
            lift = MathF.Min(lift, land - 0.1f * l);
            lift = MathF.Max(lift, 0);
            if (land <= lift) land = lift + 0.05f * l;
            steps.Add(new Step(left, FootPoint(d, left), lift, land));
            previousLand = land;
        }
    }

    Vector3 FootPoint(float d, bool left)
    {
        float yaw = way.HeadingAt(d);
        var right = new Vector3(MathF.Cos(yaw), 0, -MathF.Sin(yaw));
        return way.At(d) + right * (left ? -Track : Track);
    }

    /// <summary>
    /// Every footfall in order: which foot, where it comes down (y = 0), and after how many metres walked it is
    /// planted (the distance at which <see cref="Foot"/> turns it from swinging to planted).
    /// </summary>
    public IEnumerable<(bool Left, Vector3 Point, float Distance)> Landings => steps.Select(s => (s.Left, s.Point, s.Land));

    /// <summary>A foot's ground point (y is the lift above the ground) after the body has walked s metres, and whether it is planted.</summary>
    public (Vector3 Position, bool Planted) Foot(bool left, float s)
    {
        var from = left ? leftStart : rightStart;
        foreach (var step in steps)
        {
            if (step.Left != left) continue;
            if (s < step.Lift) return (from, true);
            if (s < step.Land)
            {
                float u = (s - step.Lift) / (step.Land - step.Lift);
                float e = u * u * (3 - 2 * u);
                var p = Vector3.Lerp(from, step.Point, e);
                p.Y = Clearance * MathF.Sin(MathF.PI * u);
                return (p, false);
            }
            from = step.Point;
        }
        return (from, true);
    }
}
