#version 450 core
// Screen-space ambient occlusion at half the internal resolution, from the depth pre-pass alone: for each pixel,
// eight taps on a disc about half a metre across in the world, each asking how far a neighbouring surface rises
// above this one's tangent plane (the cosine of its elevation, fading with distance). The disc turns by a fixed
// 4×4 pattern of angles, the same every frame, so a still shot gives the same occlusion every frame and the
// pattern's grain is exactly averaged out by occlusion_blur.frag's five-tap bilateral filter.
in vec2 vUv;
uniform sampler2D uDepth;   // the scene's reversed-Z depth, full resolution, nearest
uniform vec2 uTexel;        // one half-resolution pixel, in uv
uniform vec2 uProject;      // tan(half the field of view) × (aspect, 1): the view ray through uv
uniform float uRadius;      // in metres
uniform float uStrength;
layout(location = 0) out vec2 outOcclusion; // openness (1 = nothing near), view distance in metres

vec3 viewPosition(vec2 uv)
{
    float z = viewDistance(texture(uDepth, uv).r);
    return vec3((uv * 2.0 - 1.0) * uProject * z, -z);
}

const float angles[16] = float[](0.0, 8.0, 2.0, 10.0, 12.0, 4.0, 14.0, 6.0, 3.0, 11.0, 1.0, 9.0, 15.0, 7.0, 13.0, 5.0);

void main()
{
    vec3 p = viewPosition(vUv);
    float z = -p.z;
    // The tangent plane from the neighbour on the nearer side along each axis, so silhouettes do not bend it.
    vec3 r = viewPosition(vUv + vec2(uTexel.x, 0.0)) - p, l = p - viewPosition(vUv - vec2(uTexel.x, 0.0));
    vec3 u = viewPosition(vUv + vec2(0.0, uTexel.y)) - p, d = p - viewPosition(vUv - vec2(0.0, uTexel.y));
    vec3 dx = abs(r.z) < abs(l.z) ? r : l;
    vec3 dy = abs(u.z) < abs(d.z) ? u : d;
    vec3 n = normalize(cross(dx, dy));

    ivec2 cell = ivec2(gl_FragCoord.xy) & 3;
    float turn = angles[cell.y * 4 + cell.x] * (2.0 * PI / 16.0);
    // The disc's radius on screen, capped at 48 half-resolution pixels (a close-up's taps stay near, and cached).
    vec2 reach = min(uRadius / (2.0 * z * uProject), uTexel * 48.0);
    float r2 = uRadius * uRadius;
    float closed = 0.0;
    for (int i = 0; i < 8; i++)
    {
        float a = turn + float(i) * 2.39996; // the golden angle: taps spread evenly round the disc
        float t = (float(i) + 0.5) / 8.0;
        vec3 v = viewPosition(vUv + vec2(cos(a), sin(a)) * reach * t) - p;
        float vv = dot(v, v);
        float rise = dot(v, n) * inversesqrt(vv + 1e-6) - 0.1;
        closed += clamp(rise, 0.0, 1.0) * clamp(1.0 - vv / r2, 0.0, 1.0);
    }
    float open = clamp(1.0 - uStrength * closed / 8.0, 0.0, 1.0);
    // The sky and the far distance are open.
    open = z > 150.0 ? 1.0 : open;
    outOcclusion = vec2(open, z);
}
