#version 450 core
// Screen-space ambient occlusion at half the internal resolution, from the depth pre-pass alone: for each pixel,
// four taps on a disc about half a metre across in the world, each asking how far a neighbouring surface rises
// above this one's tangent plane (the cosine of its elevation, fading with distance). The disc turns by a fixed
// 2×2 pattern of four angles, the same every frame, so a still shot gives the same occlusion every frame; the lit
// pass reads it with one bilinear tap at the corner of a 2×2 block, which averages the four angles exactly (no
// separate blur pass: on llvmpipe the taps are the cost).
in vec2 vUv;
uniform sampler2D uDepth;   // the scene's reversed-Z depth, full resolution
uniform vec2 uTexel;        // one half-resolution pixel, in uv
uniform vec2 uDepthSize;    // the depth texture's size in pixels
uniform vec2 uProject;      // tan(half the field of view) × (aspect, 1): the view ray through uv
uniform float uRadius;      // in metres
uniform float uStrength;
layout(location = 0) out vec4 outOcclusion; // openness (1 = nothing near)

vec3 viewPosition(vec2 uv)
{
    float z = viewDistance(texelFetch(uDepth, ivec2(uv * uDepthSize), 0).r);
    return vec3((uv * 2.0 - 1.0) * uProject * z, -z);
}

// Four taps on a golden-angle spiral (angle i × 2.39996, distance (i + ½) / 4 of the radius), written out: sin and
// cos are slow on llvmpipe, so each pixel turns the whole spiral by one rotation from a table.
const vec2 spiral[4] = vec2[](vec2(0.1250, 0.0000), vec2(-0.2765, 0.2533), vec2(0.0546, -0.6226), vec2(0.5324, 0.6944));
// cos and sin of 0, ½π, ¼π and ¾π (radians), so diagonal neighbours differ most.
const vec2 turns[4] = vec2[](vec2(1.0, 0.0), vec2(0.0, 1.0), vec2(0.7071, 0.7071), vec2(-0.7071, 0.7071));

void main()
{
    vec3 p = viewPosition(vUv);
    float z = -p.z;
    // The tangent plane from the neighbouring pixels (a quad straddling a silhouette gets a bent plane there).
    vec3 n = normalize(cross(dFdx(p), dFdy(p)));

    ivec2 cell = ivec2(gl_FragCoord.xy) & 1;
    vec2 t = turns[cell.y * 2 + cell.x];
    mat2 rotate = mat2(t.x, t.y, -t.y, t.x);
    // The disc's radius on screen, capped at 48 half-resolution pixels (a close-up's taps stay near, and cached).
    vec2 reach = min(uRadius / (2.0 * z * uProject), uTexel * 48.0);
    float r2 = uRadius * uRadius;
    float closed = 0.0;
    for (int i = 0; i < 4; i++)
    {
        vec3 v = viewPosition(vUv + rotate * spiral[i] * reach) - p;
        float vv = dot(v, v);
        float rise = dot(v, n) * inversesqrt(vv + 1e-6) - 0.1;
        closed += clamp(rise, 0.0, 1.0) * clamp(1.0 - vv / r2, 0.0, 1.0);
    }
    float open = clamp(1.0 - uStrength * closed / 4.0, 0.0, 1.0);
    // The sky and the far distance are open.
    open = z > 150.0 ? 1.0 : open;
    outOcclusion = vec4(open);
}
