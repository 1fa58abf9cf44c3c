namespace Kinora.Pipeline;

/// <summary>
/// Checks before a shoot that the disks can hold what it will write: the segments still to render and the
/// soundtrack in the cache, and the assembled film beside the output. The estimate is generous so that a long
/// render does not fail near its end.
/// </summary>
public static class DiskBudget
{
    /// <summary>
    /// Bytes of H.264 for frames of a size: measured 2.4 KB a frame at 320×180 (grain costs bits), scaled by
    /// pixels^0.75 as encoded sizes grow slower than pixel counts (about 20 Mbit/s at 4K), with half again as margin.
    /// </summary>
    public static long VideoBytes(long frames, int width, int height) =>
        (long)(frames * 2520 * Math.Pow(width * (double)height / (320 * 180), 0.75) * 1.5) + 64 * 1024;

    /// <summary>Bytes of 16-bit stereo 48 kHz WAV plus 192 kbit/s AAC for a film of this many seconds.</summary>
    public static long SoundBytes(double seconds) => (long)(seconds * (48000 * 4 + 192000 / 8)) + 64 * 1024;

    /// <summary>Bytes of the three stems (dialogue, music, effects: 48 kHz stereo 32-bit float) and the score's MIDI file.</summary>
    public static long StemBytes(double seconds) => (long)(seconds * 3 * 48000 * 8) + 256 * 1024;

    /// <summary>Throws <see cref="ShootFailedException"/> saying how much is needed and free when a disk is too small.</summary>
    public static void Check(string cacheDirectory, long cacheBytes, string outputDirectory, long outputBytes)
    {
        var cache = Free(cacheDirectory);
        var output = Free(outputDirectory);
        if (cache is null || output is null) return;   // a file system that will not say; ffmpeg will fail clearly if it fills
        bool shared = cache.Value.Total == output.Value.Total && cache.Value.Available == output.Value.Available;
        if (shared)
        {
            Require(outputDirectory, cacheBytes + outputBytes, output.Value.Available, "the film and its cache");
            return;
        }
        Require(cacheDirectory, cacheBytes, cache.Value.Available, "the render cache");
        Require(outputDirectory, outputBytes, output.Value.Available, "the film");
    }

    static void Require(string where, long needed, long available, string what)
    {
        if (needed > available)
            throw new ShootFailedException($"not enough disk space at {where} for {what}: about {Gib(needed)} needed, {Gib(available)} free; " +
                "free some space, or point KINORA_CACHE (or -o) at a larger disk");
    }

    static string Gib(long bytes) => bytes >= 1L << 30 ? $"{bytes / (double)(1L << 30):0.0} GiB" : $"{bytes / (double)(1L << 20):0.0} MiB";

    static (long Available, long Total)? Free(string directory)
    {
        try
        {
            var drive = new DriveInfo(Path.GetFullPath(directory));
            return (drive.AvailableFreeSpace, drive.TotalSize);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException) { return null; }
    }
}
