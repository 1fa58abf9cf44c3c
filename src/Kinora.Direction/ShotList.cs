using System.Collections.Immutable;

namespace Kinora.Direction;

/// <summary>The film's shots in order; they tile film time with no gaps and no overlaps.</summary>
public sealed record ShotList(ImmutableArray<Shot> Shots)
{
    public Shot ShotAt(double t)
    {
        int lo = 0, hi = Shots.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Shots[mid].Start <= t) lo = mid; else hi = mid - 1;
        }
        return Shots[lo];
    }
}
