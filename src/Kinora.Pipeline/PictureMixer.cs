using Kinora.Direction;
using Kinora.Render;

namespace Kinora.Pipeline;

/// <summary>
/// Lays transitions over rendered frames as they come back from the renderer, in submission order: a plain
/// frame passes straight through, a faded one is taken toward black, and a dissolve's two renders (the frame's
/// own shot first, then the other) are mixed. Works on limited-range planar YUV (4:2:0 or 4:4:4) in integers, so the result is
/// the same on every machine; mixing the coded values is what an editor's dissolve does.
/// </summary>
sealed class PictureMixer(FrameLayout layout, Action<ReadOnlySpan<byte>> write)
{
    readonly Queue<Picture> expected = new();
    readonly int lumaSize = layout.Width * layout.Height;
    readonly byte[] first = new byte[layout.Bytes];
    readonly byte[] mixed = new byte[layout.Bytes];
    bool holding;

    /// <summary>How many renders the picture needs: two for a dissolve, one otherwise.</summary>
    public static int RendersFor(Picture picture) => picture.Mixed ? 2 : 1;

    /// <summary>Says what the next frame (or pair of frames) handed to <see cref="Receive"/> makes.</summary>
    public void Expect(Picture picture) => expected.Enqueue(picture);

    /// <summary>Forgets what was expected (after a failure, when frames in flight are dropped).</summary>
    public void Reset()
    {
        expected.Clear();
        holding = false;
    }

    public void Receive(ReadOnlySpan<byte> frame)
    {
        if (expected.Count == 0) throw new InvalidOperationException("a frame came back that nobody asked for");
        var picture = expected.Peek();
        if (picture.Mixed && !holding)
        {
            frame.CopyTo(first);
            holding = true;
            return;
        }
        expected.Dequeue();
        if (!picture.Mixed && picture.Gain >= 1)
        {
            write(frame);
            return;
        }
        var output = mixed.AsSpan(0, frame.Length);
        if (picture.Mixed)
        {
            holding = false;
            int share = (int)Math.Round(Math.Clamp(picture.Mix, 0, 1) * 256);
            for (int i = 0; i < output.Length; i++) output[i] = (byte)((first[i] * (256 - share) + frame[i] * share + 128) >> 8);
        }
        else frame.CopyTo(output);
        if (picture.Gain < 1) Darken(output, (int)Math.Round(Math.Clamp(picture.Gain, 0, 1) * 256));
        write(output);
    }

    /// <summary>Toward black: luma toward 16, chroma toward 128 (no colour), by gain/256.</summary>
    void Darken(Span<byte> frame, int gain)
    {
        for (int i = 0; i < lumaSize; i++) frame[i] = (byte)(16 + (((frame[i] - 16) * gain + 128) >> 8));
        for (int i = lumaSize; i < frame.Length; i++) frame[i] = (byte)(128 + (((frame[i] - 128) * gain + 128) >> 8));
    }
}
