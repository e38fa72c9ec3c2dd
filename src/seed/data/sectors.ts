import type { SeedSector } from './types'

/** Ngành, lĩnh vực dùng để lọc điển hình, khen thưởng và thống kê. */
export const sectors: SeedSector[] = [
  { key: 'giao-duc', name: 'Giáo dục và đào tạo', nameEn: 'Education and training' },
  { key: 'y-te', name: 'Y tế', nameEn: 'Health' },
  { key: 'nong-nghiep', name: 'Nông nghiệp và phát triển nông thôn', nameEn: 'Agriculture and rural development' },
  { key: 'cong-nghiep', name: 'Công nghiệp', nameEn: 'Industry' },
  { key: 'cong-an', name: 'Công an nhân dân', nameEn: 'People’s Public Security' },
  { key: 'quoc-phong', name: 'Quốc phòng', nameEn: 'National defence' },
  { key: 'van-hoa', name: 'Văn hóa, thể thao và du lịch', nameEn: 'Culture, sports and tourism' },
  { key: 'khoa-hoc-cong-nghe', name: 'Khoa học và công nghệ', nameEn: 'Science and technology' },
  { key: 'giao-thong-van-tai', name: 'Giao thông vận tải', nameEn: 'Transport' },
  { key: 'thuy-san', name: 'Thủy sản', nameEn: 'Fisheries' },
  { key: 'ngoai-giao-huu-nghi', name: 'Đối ngoại và hữu nghị', nameEn: 'Foreign relations and friendship' },
  { key: 'lao-dong-xa-hoi', name: 'Lao động và an sinh xã hội', nameEn: 'Labour and social welfare' },
  { key: 'tai-nguyen-moi-truong', name: 'Tài nguyên và môi trường', nameEn: 'Natural resources and environment' },
  { key: 'thuong-mai-dich-vu', name: 'Thương mại, dịch vụ và doanh nghiệp', nameEn: 'Trade, services and enterprise' },
  { key: 'hanh-chinh-cong', name: 'Quản lý nhà nước và hành chính công', nameEn: 'State management and public administration' },
]
