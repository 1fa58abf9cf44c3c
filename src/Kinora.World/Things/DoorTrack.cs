namespace Kinora.World;

/// <summary>A door's opening angle through a scene (radians, 0 shut): it starts as the set was left and swings in a second when someone opens or shuts it.</summary>
public sealed class DoorTrack
{
    /// <summary>How long a door takes to swing, in seconds.</summary>
    public const double SwingTime = 1.0;

    readonly List<(double Start, float From, float To)> swings = [];

    public Door Door { get; }
    public int Index { get; }
    public float Initial { get; }

    public DoorTrack(Door door, int index, float initial)
    {
        Door = door;
        Index = index;
        Initial = initial;
    }

    /// <summary>The angle once every swing so far is done.</summary>
    public float Final => swings.Count == 0 ? Initial : swings[^1].To;

    public void Swing(double at, float to)
    {
        if (swings.Count > 0 && at < swings[^1].Start + SwingTime) at = swings[^1].Start + SwingTime;
        swings.Add((at, Final, to));
    }

    public float AngleAt(double t)
    {
        float angle = Initial;
        foreach (var (start, from, to) in swings)
        {
            if (t < start) break;
            angle = t >= start + SwingTime ? to : from + (to - from) * ActorTrack.Ease((t - start) / SwingTime);
        }
        return angle;
    }
}
