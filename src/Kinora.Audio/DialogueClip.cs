namespace Kinora.Audio;

/// <summary>A spoken line ready to mix: 48 kHz mono samples (gain and fades applied) placed at a frame of the film.</summary>
internal sealed record DialogueClip(SpokenLine Line, long StartFrame, float[] Samples)
{
    public long EndFrame => StartFrame + Samples.Length;
}
