#version 450 core
// The lamps' light that rain-filled air scatters toward the eye, at a quarter of the internal resolution (it varies
// slowly across the screen; the finish pass adds it, filtered, and lights the rain's streaks with it). Along each
// pixel's ray up to what the pixel sees: for a lamp at p and the ray e + t·d, ∫ I / (|e + t·d − p|² + 0.25) dt in
// closed form, (atan((L − a) / h) + atan(a / h)) / h, with a the lamp's distance along the ray and h its distance
// from it. The three nearest lamps: a halo round each head and lit drops below it, the street between them dark.
in vec2 vUv;
uniform sampler2D uDepth;
uniform mat4 uInvViewProj;
uniform vec3 uEye;
uniform float uRain;
uniform int uPointCount;
uniform vec4 uPointPos[8];     // the scene's practicals, nearest the camera first (xyz position, w range)
uniform vec4 uPointColour[8];
layout(location = 0) out vec4 outColour;

void main()
{
    float depth = texture(uDepth, vUv).r;
    vec4 seen = uInvViewProj * vec4(vUv * 2.0 - 1.0, max(depth, 1e-7), 1.0);
    vec3 ray = seen.xyz / seen.w - uEye;
    float reach = length(ray);
    vec3 dir = ray / reach;
    vec3 sum = vec3(0.0);
    int n = min(uPointCount, 3);
    for (int i = 0; i < n; i++)
    {
        vec3 toLamp = uPointPos[i].xyz - uEye;
        float along = dot(toLamp, dir);
        float h2 = max(dot(toLamp, toLamp) - along * along, 0.0) + 0.25;
        float h = sqrt(h2);
        // Windowed to the lamp's reach as its light on surfaces is (scene.frag), so a halo stays round its lamp.
        float q = h2 / (uPointPos[i].w * uPointPos[i].w);
        float window = clamp(1.0 - q * q, 0.0, 1.0);
        sum += uPointColour[i].rgb * (window * window * (atan((reach - along) / h) + atan(along / h)) / h);
    }
    // Scattering grows with how hard it rains: 0.3 % of the light per metre in a downpour.
    outColour = vec4(sum * (0.003 * uRain * uExposure), 1.0);
}
