#version 450 core
// Depth of field, step two, at half resolution: a gather over a disk as wide as the pixel's circle of confusion
// (16 taps on a golden-angle spiral). A tap counts only where its own blur reaches this pixel, so a sharp
// subject does not smear into the blurred background behind it.
in vec2 vUv;
uniform sampler2D uPrep;
uniform vec2 uTexel;
uniform float uMaxRadius;
layout(location = 0) out vec4 outColour;

const vec2 spiral[16] = vec2[](
    vec2(0.1768, 0.0000), vec2(-0.2258, 0.2068), vec2(0.0346, -0.3938), vec2(0.2846, 0.3712),
    vec2(-0.5222, -0.0924), vec2(0.4947, -0.3147), vec2(-0.1655, 0.6155), vec2(-0.3156, -0.6076),
    vec2(0.6846, 0.2500), vec2(-0.7123, 0.2940), vec2(0.3434, -0.7337), vec2(0.2537, 0.8089),
    vec2(-0.7647, -0.4432), vec2(0.8971, -0.1972), vec2(-0.5475, 0.7788), vec2(-0.1265, -0.9761));

void main()
{
    vec4 c0 = texture(uPrep, vUv);
    float radius = min(c0.a, uMaxRadius);
    vec3 sum = c0.rgb;
    float weight = 1.0;
    for (int i = 0; i < 16; i++)
    {
        vec2 offset = spiral[i] * radius;
        vec4 s = texture(uPrep, vUv + offset * uTexel);
        float w = clamp(min(s.a, uMaxRadius) - length(offset) + 1.0, 0.0, 1.0);
        sum += s.rgb * w;
        weight += w;
    }
    outColour = vec4(sum / weight, radius);
}
