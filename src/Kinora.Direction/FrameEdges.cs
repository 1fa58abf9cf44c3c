using System.Numerics;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// Whether a subject of the shot stands whole inside the frame: the head, the shoulders and, as far as the shot's
/// size shows them, the waist and the feet, with a margin to the frame's sides and top. The frame's bottom edge cuts
/// a medium or closer shot by design, so a point below it counts only where the size means to show it. The
/// over-the-shoulder's foreground shoulder is not a subject the frame must hold.
/// </summary>
public static class FrameEdges
{
    /// <summary>Room kept to the sides and top of frame, in normalised device coordinates (1.5 % of the frame's width).</summary>
    public const float Margin = 0.03f;

    /// <summary>
    /// How far (normalised device coordinates) the subject's body passes beyond the margin of the frame; 0 when it is
    /// held whole. A subject that is a thing in the air (a kite) is held by its centre alone.
    /// </summary>
    public static double Overflow(CameraFrame frame, float aspect, ActorState subject, ShotSize size)
    {
        float eyeHeight = subject.Eyes.Y - subject.Position.Y;
        bool person = eyeHeight > 0.3f && eyeHeight < subject.Height;
        var right = Vector3.Cross(frame.Forward, frame.Up) with { Y = 0 };
        right = right.LengthSquared() < 1e-6f ? Vector3.UnitX : Vector3.Normalize(right);
        double worst = 0;
        void Hold(Vector3 p, bool bottomCut)
        {
            if (!frame.TryProject(p, aspect, out var ndc))
            {
                worst = Math.Max(worst, 1);
                return;
            }
            if (ndc.Y < -1 && bottomCut) return;
            double over = Math.Max(Math.Abs(ndc.X) - (1 - Margin), 0);
            if (size < ShotSize.Close) over = Math.Max(over, ndc.Y - (1 - Margin));
            if (!bottomCut) over = Math.Max(over, -1 - ndc.Y);
            worst = Math.Max(worst, over);
        }
        if (!person)
        {
            Hold(subject.Eyes, bottomCut: false);
            return worst;
        }
        var eyes = subject.Eyes;
        Hold(eyes + new Vector3(0, 0.12f, 0), bottomCut: false);
        foreach (float side in new[] { -1f, 1f })
        {
            // Shoulders; the waist from a medium wider; the feet from a full wider (which may rest on the bottom edge).
            Hold(eyes + right * (0.23f * side) - new Vector3(0, 0.2f, 0), bottomCut: size >= ShotSize.MediumClose);
            Hold(subject.Position + right * (0.2f * side) + new Vector3(0, 0.55f * eyeHeight, 0), bottomCut: size >= ShotSize.Medium);
            Hold(subject.Position + right * (0.15f * side), bottomCut: size >= ShotSize.Full);
        }
        return worst;
    }
}
