namespace Kinora.Direction;

/// <summary>Shot lengths in seconds: how many, shortest, longest, mean, median, and how many fall outside 1.2–8 s.</summary>
public sealed record ShotLengthStats(int Count, double Shortest, double Longest, double Mean, double Median, int TooShort, int TooLong)
{
    public static ShotLengthStats Of(IReadOnlyList<Shot> shots)
    {
        if (shots.Count == 0) return new(0, 0, 0, 0, 0, 0, 0);
        var lengths = shots.Select(s => s.Duration).Order().ToArray();
        int n = lengths.Length;
        double median = n % 2 == 1 ? lengths[n / 2] : (lengths[n / 2 - 1] + lengths[n / 2]) / 2;
        return new(n, lengths[0], lengths[^1], lengths.Average(), median,
            lengths.Count(l => l < Director.ShortestShot - 1e-9), lengths.Count(l => l > Director.LongestShot + 1e-9));
    }
}
