using System.Numerics;

namespace Kinora.World;

/// <summary>
/// One vehicle through a scene: parked at its start, then driven or sailed along routes (a road lane, a sea
/// lane), easing up to cruise speed and down to a stop, and parked again where each drive ends. Sample is a pure
/// function of film time. Positions in metres on the ground or waterline under the vehicle's centre; heading as
/// an actor's facing.
/// </summary>
public sealed class VehicleTrack
{
    /// <summary>A drive: from Start to End (seconds of film time) along Route, at most CruiseSpeed m/s.</summary>
    public sealed record Drive(double Start, double End, Walkway Route);

    readonly List<Drive> drives = [];

    public string Id { get; }
    public VehicleDesign Design { get; }
    public Vector3 Home { get; }
    public float HomeHeading { get; }

    public VehicleTrack(string id, VehicleDesign design, Vector3 at, float heading)
    {
        Id = id;
        Design = design;
        Home = at;
        HomeHeading = heading;
    }

    public IReadOnlyList<Drive> Drives => drives;

    /// <summary>Film time the last drive ends.</summary>
    public double BusyUntil => drives.Count == 0 ? double.NegativeInfinity : drives[^1].End;

    /// <summary>Where the vehicle stands once every drive so far is done.</summary>
    public (Vector3 At, float Heading) Parked => drives.Count == 0 ? (Home, HomeHeading)
        : (drives[^1].Route.Points[^1], drives[^1].Route.HeadingAt(drives[^1].Route.Length));

    public void Add(Drive d)
    {
        if (d.Start < BusyUntil - 1e-9) throw new InvalidOperationException("drives must not overlap");
        drives.Add(d);
    }

    /// <summary>The vehicle's place and heading at film time t.</summary>
    public (Vector3 At, float Heading) Sample(double t)
    {
        var at = Home;
        float heading = HomeHeading;
        foreach (var d in drives)
        {
            if (t < d.Start) break;
            if (t < d.End)
            {
                float s = ActorTrack.Travel((t - d.Start) / (d.End - d.Start)) * d.Route.Length;
                return (d.Route.At(s), d.Route.HeadingAt(s));
            }
            at = d.Route.Points[^1];
            heading = d.Route.HeadingAt(d.Route.Length);
        }
        return (at, heading);
    }

    /// <summary>Speed along the route at t, m/s (central difference over a frame at 240 Hz).</summary>
    public float Speed(double t)
    {
        const double dt = 1.0 / 240;
        return Vector3.Distance(Sample(t + dt).At, Sample(t - dt).At) / (float)(2 * dt);
    }

    public Seat SeatAt(int index, double t)
    {
        var (at, heading) = Sample(t);
        return Design.SeatAt(index, at, heading);
    }

    public Aabb BoundsAt(double t)
    {
        var (at, heading) = Sample(t);
        return Design.Bounds(at, heading);
    }

    public void Draw(double t, List<Instance> into)
    {
        var (at, heading) = Sample(t);
        Design.Draw(at, heading, into);
    }
}
