namespace Kinora.Pipeline;

/// <summary>
/// A run of frames [FirstFrame, FirstFrame + FrameCount) rendered and encoded on its own, inside one shot or
/// shots FirstShot..LastShot (indices into the shot list). Key is the hash of everything its pixels depend on:
/// the name of its file in the render cache.
/// </summary>
public sealed record Segment(int Index, long FirstFrame, long FrameCount, int FirstShot, int LastShot, string Key)
{
    public long EndFrame => FirstFrame + FrameCount;
}
