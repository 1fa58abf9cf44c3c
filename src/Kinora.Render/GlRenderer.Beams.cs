using System.Numerics;
using Kinora.World;

namespace Kinora.Render;

/// <summary>
/// A lighthouse's beams (Lighting.Beams): the BEAM variants of the lit shaders light what a beam sweeps, and the finish
/// pass adds the light each beam scatters toward the eye along every pixel's ray (beam.glsl), an analytic volume
/// that costs a few dozen instructions a pixel and only on frames with a beam.
/// </summary>
public sealed partial class GlRenderer
{
    const int MaxBeams = 2;

    static bool HasBeams(Lighting light) => !light.Beams.IsDefaultOrEmpty;

    static void SetBeams(ShaderProgram program, Lighting light)
    {
        if (!HasBeams(light)) return;
        Span<Vector4> origin = stackalloc Vector4[MaxBeams];
        Span<Vector4> axis = stackalloc Vector4[MaxBeams];
        Span<Vector4> colour = stackalloc Vector4[MaxBeams];
        int count = Math.Min(MaxBeams, light.Beams.Length);
        for (int i = 0; i < count; i++)
        {
            var b = light.Beams[i];
            var direction = b.Direction.LengthSquared() > 1e-12f ? Vector3.Normalize(b.Direction) : Vector3.UnitX;
            origin[i] = new Vector4(b.Origin, MathF.Tan(Math.Clamp(b.HalfAngle, 0.001f, 1.2f)));
            axis[i] = new Vector4(direction, MathF.Max(b.Range, 1f));
            colour[i] = new Vector4(b.Colour, 0);
        }
        program.Set("uBeamCount", count);
        program.Set("uBeamOrigin", origin[..count]);
        program.Set("uBeamAxis", axis[..count]);
        program.Set("uBeamColour", colour[..count]);
    }
}
